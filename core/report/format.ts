import type { Indicator } from './model.ts';

/**
 * French number formatting, always through `Intl` so the report reads the way French readers expect:
 * decimal comma, U+202F (narrow no-break space) between digit groups, a no-break space before "%"
 * (U+00A0 in ICU 78). Both need a font that has them: pdfmake's Roboto lacks U+202F.
 */
const LOCALE = 'fr-FR';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  const cached = numberFormats.get(key);
  if (cached) return cached;
  const created = new Intl.NumberFormat(LOCALE, options);
  numberFormats.set(key, created);
  return created;
}

export function formatInteger(value: number): string {
  return numberFormat({ maximumFractionDigits: 0 }).format(value);
}

export function formatDecimal(value: number, digits = 1): string {
  return numberFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A 0-1 share as "50,8 %". */
export function formatPercent(share: number, digits = 1): string {
  return numberFormat({ style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}

/** An estimate on the indicator's own scale: a percentage for a proportion, a number (and unit) for a mean. */
export function formatEstimate(indicator: Pick<Indicator, 'type' | 'unit'>, value: number): string {
  if (indicator.type === 'proportion') return formatPercent(value);
  const number = formatDecimal(value);
  return indicator.unit ? `${number}\u00A0${indicator.unit}` : number;
}

/** A 95% interval without repeating the unit: "45,2 – 56,3" (percent) or "2,1 – 3,4". */
export function formatInterval(indicator: Pick<Indicator, 'type'>, low: number, high: number): string {
  const scale = indicator.type === 'proportion' ? 100 : 1;
  return `${formatDecimal(low * scale)}\u00A0–\u00A0${formatDecimal(high * scale)}`;
}

/** A change between waves, signed; proportions in percentage points ("+5,2 pts"). */
export function formatChange(indicator: Pick<Indicator, 'type' | 'unit'>, delta: number): string {
  const signed = numberFormat({ signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (indicator.type === 'proportion') return `${signed.format(delta * 100)}\u00A0pts`;
  return indicator.unit ? `${signed.format(delta)}\u00A0${indicator.unit}` : signed.format(delta);
}

/** A change of a 0-100 score, signed: "+3,4". */
export function formatScoreChange(delta: number): string {
  return numberFormat({ signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(delta);
}

const dateFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' });

/** "15 mars 2026", "1er mars 2026"; computed in UTC so the printed day never depends on the server's zone. */
export function formatDate(isoDate: string): string {
  const date = new Date(isoDate);
  const text = dateFormat.format(date);
  // French writes the first day of a month as an ordinal; Intl does not.
  return date.getUTCDate() === 1 ? text.replace(/^1(?=\s)/u, '1er') : text;
}

export function formatPeriod(start: string, end: string): string {
  return `du ${formatDate(start)} au ${formatDate(end)}`;
}
