import { useApi } from '@directus/extensions-sdk';
import { computed, ref, shallowRef, watch, type ComputedRef, type Ref } from 'vue';
import { requestErrorMessage } from '../shared-app/request-error.ts';
import { codesQuery, type CodeSource } from './code-source.ts';
import type { CodeScope } from './expression-report.ts';

export interface UsableCodeScope {
  readonly scope: Ref<CodeScope>;
  /** Why codes are not checked, when they are not. */
  readonly note: ComputedRef<string | null>;
  /** The codes are on their way: nothing about them can be claimed yet. */
  readonly loading: Ref<boolean>;
}

function codesOf(rows: unknown): ReadonlySet<string> {
  const list = Array.isArray(rows) ? rows : [];
  return new Set(
    list.map((row: { code?: unknown }) => row.code).filter((code): code is string => typeof code === 'string'),
  );
}

/** The codes the expression may name, reloaded when the item's version changes. */
export function useCodeScope(source: Readonly<Ref<CodeSource>>): UsableCodeScope {
  const api = useApi();
  const scope = shallowRef<CodeScope>({ kind: 'unchecked' });
  const failure = ref<string | null>(null);
  const loading = ref(false);
  // Versions switch while a request is on its way: only the newest answer counts.
  let latestRequest = 0;

  async function load(current: CodeSource): Promise<void> {
    const request = ++latestRequest;
    scope.value = { kind: 'unchecked' };
    failure.value = null;
    loading.value = current.kind !== 'none';
    if (current.kind === 'none') return;
    try {
      const response = await api.get('/items/questions', { params: codesQuery(current) });
      if (request === latestRequest) scope.value = { kind: current.kind, codes: codesOf(response.data.data) };
    } catch (cause) {
      if (request === latestRequest)
        failure.value = `Codes non vérifiés : ils n’ont pas pu être chargés (${requestErrorMessage(cause)}).`;
    } finally {
      if (request === latestRequest) loading.value = false;
    }
  }

  watch(
    source,
    (current, previous) => {
      if (JSON.stringify(current) !== JSON.stringify(previous)) void load(current);
    },
    { immediate: true },
  );

  const note = computed(() => {
    if (failure.value) return failure.value;
    return source.value.kind === 'none' ? source.value.reason : null;
  });
  return { scope, note, loading };
}
