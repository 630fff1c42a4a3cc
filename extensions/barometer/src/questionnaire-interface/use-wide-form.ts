import { getCurrentInstance, onMounted } from 'vue';

/** Below this width the app's side panel and the questionnaire cannot both have room (a tablet upright). */
const NARROW = 1000;

interface SidebarStore {
  collapse: () => void;
}

interface PiniaRegistry {
  readonly _s?: Map<string, unknown>;
}

/**
 * On a tablet, the item page's side panel (revisions, comments: empty for an enumerator) keeps 333 of
 * 800 px beside the questionnaire. It is folded away when the questionnaire opens; its toggle in the
 * header opens it again. The app exposes no API for it to extensions: its Pinia store is found by id.
 */
export function useWideForm(): void {
  const pinia = getCurrentInstance()?.appContext.config.globalProperties['$pinia'] as PiniaRegistry | undefined;
  onMounted(() => {
    if (window.innerWidth >= NARROW) return;
    const sidebar = pinia?._s?.get('sidebar-store') as SidebarStore | undefined;
    sidebar?.collapse();
  });
}
