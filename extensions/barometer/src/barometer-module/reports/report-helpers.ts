// Pure helpers of the wave page's Rapport and Recommandations sections.
import type { UiLanguage } from '../../shared-app/ui-language.ts';
import type { WaveStatus } from '../../shared-app/types.ts';
import { WAVE_TEXTS } from '../waves/wave-texts.ts';

export type ReportKind = 'draft' | 'final';
export type Priority = 'high' | 'medium' | 'low';

export type ReportLang = 'fr' | 'ar';

/** The editions the button offers, French first (with its Arabic summary page), then the full Arabic one. */
export const REPORT_LANGS: readonly ReportLang[] = ['fr', 'ar'];

/** The server builds a report from a wave that has figures: not from a planned one. */
export function canBuildReport(status: WaveStatus): boolean {
  return status === 'open' || status === 'locked' || status === 'published';
}

/** The server's build queue as seen by one wave (GET /barometer/waves/:wave/report/status). */
export interface BuildStatus {
  readonly state: 'idle' | 'queued' | 'building';
  readonly ahead: number | null;
  readonly progress: number | null;
}

/** The words beside the spinner while the button's build waits or runs. */
export function buildProgressLabel(status: BuildStatus | null, language: UiLanguage = 'fr'): string {
  const texts = WAVE_TEXTS[language].report;
  if (status?.state === 'queued') return texts.queued(status.ahead ?? 0);
  if (status?.state === 'building' && status.progress !== null)
    return texts.building(Math.round(status.progress * 100));
  return texts.building(null);
}

/** Enough of the fingerprint to tell two reports apart at a glance; the full one is in the tooltip. */
export function shortSha(sha256: string | null | undefined): string {
  return sha256 ? sha256.slice(0, 12) : '—';
}

/**
 * The download address of a file, built as the app's own getAssetUrl does (`assets/<id>?download` under the
 * API's base URL): the session cookie authenticates it, so no token goes into the link.
 */
export function assetDownloadUrl(file: string, baseUrl: string): string {
  const url = new URL(`assets/${encodeURIComponent(file)}`, baseUrl);
  url.searchParams.set('download', '');
  return url.href;
}

/** One file a download list offers; href builds its address under the API's base URL. */
export interface DownloadLink {
  readonly key: string;
  readonly icon: string;
  readonly title: string;
  readonly contains: string;
  readonly href: (apiBase: string) => string;
}

/** The address of a wave's export in one format (docs/api.md, GET /barometer/waves/:wave/export). */
export function waveExportUrl(wave: string, format: string, baseUrl: string): string {
  const url = new URL(`barometer/waves/${encodeURIComponent(wave)}/export`, baseUrl);
  url.searchParams.set('format', format);
  return url.href;
}

export interface DimensionGroup<T> {
  readonly key: string;
  readonly label: string;
  readonly items: readonly T[];
}

const PRIORITY_ORDER: Readonly<Record<string, number>> = { high: 0, medium: 1, low: 2 };

/**
 * Items grouped by dimension in the dimensions' own order (those without one last), the most urgent first
 * inside each group; the sort is stable so the coordinators' manual order breaks ties.
 */
export function groupByDimension<
  T extends {
    readonly priority: string | null;
    readonly dimension: { readonly code: string; readonly label: string; readonly sort?: number | null } | null;
  },
>(items: readonly T[]): DimensionGroup<T>[] {
  const groups = new Map<string, { label: string; sort: number; items: T[] }>();
  for (const item of items) {
    const key = item.dimension?.code ?? '';
    const group = groups.get(key) ?? {
      label: item.dimension?.label ?? 'Sans dimension',
      sort: item.dimension ? (item.dimension.sort ?? 0) : Infinity,
      items: [],
    };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([, a], [, b]) => a.sort - b.sort)
    .map(([key, group]) => ({
      key,
      label: group.label,
      items: [...group.items].sort(
        (a, b) => (PRIORITY_ORDER[a.priority ?? ''] ?? 3) - (PRIORITY_ORDER[b.priority ?? ''] ?? 3),
      ),
    }));
}
