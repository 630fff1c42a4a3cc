// French formatting of dates, rates and scores for the module's tables; dates in Arabic for Arabic readers.
import type { UiLanguage } from './ui-language.ts';

// Morocco's Arabic writes months in Arabic and digits in Latin, as the figures of the tables.
const LOCALES: Readonly<Record<UiLanguage, string>> = { fr: 'fr-FR', ar: 'ar-MA' };
const DATE = {
  fr: new Intl.DateTimeFormat(LOCALES.fr, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ar: new Intl.DateTimeFormat(LOCALES.ar, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const DATE_TIME = {
  fr: new Intl.DateTimeFormat(LOCALES.fr, { dateStyle: 'medium', timeStyle: 'short' }),
  ar: new Intl.DateTimeFormat(LOCALES.ar, { dateStyle: 'medium', timeStyle: 'short' }),
};
const ONE_DECIMAL = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const COUNT = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const PERCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

/** A calendar date (`2026-03-31`) as written in the reader's language, or a dash. */
export function formatDate(value: string | null | undefined, language: UiLanguage = 'fr'): string {
  if (!value) return '—';
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : DATE[language].format(date);
}

/** A moment (ISO timestamp) in the reader's time zone. */
export function formatDateTime(value: string | null | undefined, language: UiLanguage = 'fr'): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : DATE_TIME[language].format(date);
}

/** A head count with French digit grouping (1 005). */
export function formatCount(count: number): string {
  return COUNT.format(count);
}

export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : PERCENT.format(rate);
}

/** A 0-100 score, one decimal. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : ONE_DECIMAL.format(score);
}

/** An estimate: a proportion as a percentage, a mean with one decimal. */
export function formatEstimate(value: number | null | undefined, type: 'proportion' | 'mean'): string {
  if (value === null || value === undefined) return '—';
  return type === 'proportion' ? `${ONE_DECIMAL.format(value * 100)} %` : ONE_DECIMAL.format(value);
}

/** Width of a progress bar: the rate capped to 0-100 (a wave may exceed its target). */
export function barValue(rate: number | null | undefined): number {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return 0;
  return Math.max(0, Math.min(100, rate * 100));
}

export function personName(
  user: { readonly first_name: string | null; readonly last_name: string | null } | null,
): string {
  const name = [user?.first_name, user?.last_name].filter(Boolean).join(' ');
  return name || 'Système';
}

/** Under this share of its target an establishment is flagged, as the server's coverage does. */
export const COVERAGE_WARNING = 0.8;

/** The headers of a v-table, in the order of `widths`, each titled in the reader's language. */
export function tableHeaders<K extends string>(
  widths: Readonly<Record<K, number>>,
  titles: Readonly<Record<K, string>>,
): Array<{ text: string; value: K; width: number; sortable: false }> {
  return (Object.keys(widths) as K[]).map((value) => ({
    text: titles[value],
    value,
    width: widths[value],
    sortable: false,
  }));
}
