import { useApi } from '@directus/extensions-sdk';
import { reactive } from 'vue';

/**
 * A follow-up's contact details, read through the audited endpoint. Kept in the page's memory only, never
 * stored: a reload forgets them. A failure is the caller's to put into words.
 */
export function useContactReveal() {
  const api = useApi();
  const contacts = reactive<Record<number, string>>({});
  async function reveal(followup: number): Promise<void> {
    const contact = (await api.get<{ data: Record<string, string> }>(`/barometer/followups/${followup}/contact`)).data
      .data;
    contacts[followup] = Object.values(contact).join('\n');
  }
  function forget(followup: number): void {
    delete contacts[followup];
  }
  return { contacts, reveal, forget };
}
