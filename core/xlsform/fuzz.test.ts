import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readXlsForm } from './read-xlsform.ts';
import { sampleSheets, unzipText, workbook, zip } from './test-support.ts';

const sample = await workbook(sampleSheets());

async function settles(bytes: Uint8Array): Promise<void> {
  const result = await readXlsForm(bytes);
  if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
}

describe('readXlsForm never throws', () => {
  it('on random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2_000 }), settles), { numRuns: 200 });
  });

  it('on a workbook with random bytes overwritten, or cut short', async () => {
    const damage = fc.record({
      edits: fc.array(fc.tuple(fc.nat({ max: sample.byteLength - 1 }), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 8,
      }),
      cut: fc.option(fc.nat({ max: sample.byteLength })),
    });
    await fc.assert(
      fc.asyncProperty(damage, async ({ edits, cut }) => {
        const bytes = Buffer.from(sample);
        for (const [position, value] of edits) bytes[position] = value;
        await settles(cut === null ? bytes : bytes.subarray(0, cut));
      }),
      { numRuns: 150 },
    );
  });

  it('on a well-formed archive whose XML is damaged (what reaches exceljs past the zip guard)', async () => {
    const parts = [...unzipText(sample)];
    const damage = fc.record({
      part: fc.nat({ max: parts.length - 1 }),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.nat({ max: 200 }),
      insert: fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.constantFrom(
          '<row r="999999">',
          '<c r="XFD1" t="s"><v>99999</v></c>',
          '</sheetData>',
          '&#0;',
          '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
        ),
      ),
    });
    await fc.assert(
      fc.asyncProperty(damage, async ({ part, at, remove, insert }) => {
        const damaged = parts.map(([name, content], index) => {
          if (index !== part) return { name, content: new TextEncoder().encode(content) };
          const position = Math.floor(at * content.length);
          return {
            name,
            content: new TextEncoder().encode(content.slice(0, position) + insert + content.slice(position + remove)),
          };
        });
        await settles(zip(damaged));
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
