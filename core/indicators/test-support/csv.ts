/**
 * Test-only RFC 4180 reader: quoted or bare fields, "" inside quotes, line breaks inside quotes,
 * CRLF or LF. The interviews import has its own; this one only reads the oracle's fixtures.
 */
export type CsvRow = Readonly<Record<string, string>>;

function records(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((fields) => !(fields.length === 1 && fields[0] === ''));
}

export function parseCsv(text: string): CsvRow[] {
  const [header, ...body] = records(text.replace(/^\uFEFF/, ''));
  if (header === undefined) throw new Error('empty CSV');
  return body.map((fields, i) => {
    if (fields.length !== header.length) {
      throw new Error(`row ${i + 2}: ${fields.length} fields, ${header.length} expected`);
    }
    return Object.freeze(Object.fromEntries(header.map((column, k) => [column, fields[k] ?? ''])));
  });
}
