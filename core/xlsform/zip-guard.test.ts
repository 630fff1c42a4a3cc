import { describe, expect, it } from 'vitest';
import { sampleSheets, workbook, zip } from './test-support.ts';
import { checkZip } from './zip-guard.ts';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);
const megabytes = (count: number): Uint8Array => new Uint8Array(count * 1024 * 1024);

function refusal(archive: Uint8Array): string {
  const result = checkZip(archive);
  return result.ok ? 'accepted' : result.reason;
}

describe('checkZip', () => {
  it('accepts a workbook written by exceljs and a plain small archive', async () => {
    expect(checkZip(await workbook(sampleSheets()))).toEqual({ ok: true });
    expect(
      checkZip(
        zip([
          { name: 'a.xml', content: text('<a/>') },
          { name: 'b.xml', content: text('<b/>'), stored: true },
        ]),
      ),
    ).toEqual({
      ok: true,
    });
  });

  it.each([
    ['empty', new Uint8Array()],
    ['text', text('type,name,label')],
    [
      'an old .xls (OLE header)',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600)]),
    ],
    [
      'a lone end record',
      Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Uint8Array(18)].map((byte, index) => (index === 16 ? 9 : byte))),
    ],
  ])('refuses %s as not a zip', (_, bytes) => {
    expect(refusal(bytes)).toMatch(/pas une archive zip/);
  });

  it('refuses a truncated archive and one with bytes before it', async () => {
    const archive = await workbook(sampleSheets());
    expect(refusal(archive.subarray(0, archive.byteLength - 5))).toMatch(/pas une archive zip/);
    expect(refusal(archive.subarray(100))).toMatch(/pas une archive zip/);
    expect(refusal(Buffer.concat([text('MZ junk'), archive]))).toMatch(/pas une archive zip/);
  });

  it('refuses more than 50 MB declared, before inflating anything', () => {
    const parts = [1, 2, 3].map((index) => ({
      name: `part${index}.xml`,
      content: text('<x/>'),
      declaredSize: 20 * 1024 * 1024,
    }));
    expect(refusal(zip(parts))).toMatch(/50 Mo/);
  });

  it('refuses an absurd compression ratio (a zip bomb)', () => {
    expect(refusal(zip([{ name: 'xl/worksheets/sheet1.xml', content: megabytes(20) }]))).toMatch(
      /anormalement compressée \(rapport \d+:1\)/,
    );
  });

  it('accepts a high ratio on a small part', () => {
    expect(checkZip(zip([{ name: 'zeros', content: new Uint8Array(512 * 1024) }]))).toEqual({ ok: true });
  });

  it('refuses a part that inflates beyond its declared size', () => {
    expect(refusal(zip([{ name: 'liar.xml', content: megabytes(5), declaredSize: 1_000 }]))).toMatch(
      /« liar.xml » du classeur est corrompue/,
    );
  });

  it('refuses a part whose CRC does not match', () => {
    const archive = zip([{ name: 'a.xml', content: text('<hello/>'), stored: true }]);
    archive[30 + 'a.xml'.length] = 0x21;
    expect(refusal(archive)).toMatch(/corrompue/);
  });

  it('refuses encrypted parts', () => {
    expect(refusal(zip([{ name: 'a.xml', content: text('<a/>'), flags: 1 }]))).toMatch(/chiffré/);
  });

  it('refuses ZIP64 markers', () => {
    const archive = zip([{ name: 'a.xml', content: text('<a/>') }]);
    archive.writeUInt32LE(0xffffffff, archive.byteLength - 22 + 16);
    expect(refusal(archive)).toMatch(/ZIP64/);
  });

  it('refuses a central directory whose count disagrees with its records', () => {
    const archive = zip([
      { name: 'a.xml', content: text('<a/>') },
      { name: 'b.xml', content: text('<b/>') },
    ]);
    archive.writeUInt16LE(1, archive.byteLength - 22 + 8);
    archive.writeUInt16LE(1, archive.byteLength - 22 + 10);
    expect(refusal(archive)).toMatch(/pas une archive zip/);
  });
});
