import { useApi } from '@directus/extensions-sdk';
import { shallowRef, type ShallowRef } from 'vue';

/** Indicator labels by code, to name the indicators a version change impacts. */
export function useIndicatorLabels(): { labels: ShallowRef<ReadonlyMap<string, string>>; load: () => Promise<void> } {
  const api = useApi();
  const labels = shallowRef<ReadonlyMap<string, string>>(new Map());

  async function load(): Promise<void> {
    if (labels.value.size > 0) return;
    try {
      const rows: Array<{ code: string; label: string }> = (
        await api.get('/items/indicators', { params: { fields: 'code,label', limit: -1 } })
      ).data.data;
      labels.value = new Map(rows.map((row) => [row.code, row.label]));
    } catch {
      // Codes alone still say which indicators are impacted.
    }
  }

  return { labels, load };
}
