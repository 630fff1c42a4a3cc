// The panel's `show` option: what it stores and what each value draws.

export type ScorePanelShow = 'gauges' | 'table' | 'both';

/** Which parts to fetch and draw; an unknown stored value (an option renamed later) falls back to both. */
export function showParts(show: string | null | undefined): { gauges: boolean; table: boolean } {
  switch (show) {
    case 'gauges':
      return { gauges: true, table: false };
    case 'table':
      return { gauges: false, table: true };
    default:
      return { gauges: true, table: true };
  }
}
