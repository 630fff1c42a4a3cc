export type RangeParameters =
  | { readonly ok: true; readonly start: number; readonly end: number; readonly step: number }
  | { readonly ok: false; readonly message: string };

/**
 * A `range` question's `parameters` cell, `start=0 end=10 step=2` (spaces or `;` between them), with
 * pyxform's defaults 1, 10 and 1.
 * @see https://xlsform.org/en/#range
 */
export function rangeParameters(text: string): RangeParameters {
  const values: Record<string, number> = { start: 1, end: 10, step: 1 };
  for (const part of text.split(/[\s;,]+/).filter((item) => item !== '')) {
    const [key = '', value = '', ...extra] = part.split('=');
    const number = Number(value);
    if (!(key.toLowerCase() in values) || extra.length > 0 || value.trim() === '' || !Number.isFinite(number)) {
      return { ok: false, message: `parameters « ${text} » : écrivez start=…, end=…, step=… (des nombres).` };
    }
    values[key.toLowerCase()] = number;
  }
  const { start = 1, end = 10, step = 1 } = values;
  if (step <= 0 || start === end) {
    return { ok: false, message: `parameters « ${text} » : step doit être positif et start différent de end.` };
  }
  return { ok: true, start, end, step };
}
