import { useApi } from '@directus/extensions-sdk';
import { ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import type { QuestionnaireVersion } from '../../../../core/questionnaire/index.ts';
import type { PrimaryKey } from '../shared-app/relation-id.ts';
import { errorSentence } from '../shared-app/error-presenter.ts';
import type { UiLanguage } from '../shared-app/ui-language.ts';
import { versionFromRows } from './version-rows.ts';

export interface UsableQuestionnaireVersion {
  readonly version: ShallowRef<QuestionnaireVersion | null>;
  readonly loading: Ref<boolean>;
  readonly error: Ref<string | null>;
  readonly reload: () => Promise<void>;
}

/** Sections, questions and choices of the interview's instrument version, reloaded when it changes. */
export function useQuestionnaireVersion(
  versionId: Readonly<Ref<PrimaryKey | null>>,
  language: Readonly<Ref<UiLanguage>>,
): UsableQuestionnaireVersion {
  const api = useApi();
  const version = shallowRef<QuestionnaireVersion | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);
  // A slow answer for a version the user has since replaced must not overwrite the newer one.
  let latestRequest = 0;

  async function reload(): Promise<void> {
    const id = versionId.value;
    const request = ++latestRequest;
    error.value = null;
    if (id === null) {
      version.value = null;
      return;
    }
    loading.value = true;
    try {
      const filter = JSON.stringify({ instrument_version: { _eq: id } });
      const [sections, questions] = await Promise.all([
        api.get('/items/sections', {
          params: { filter, fields: 'id,code,label,label_ar,sort', sort: 'sort,id', limit: -1 },
        }),
        api.get('/items/questions', { params: { filter, fields: '*,choices.*', sort: 'sort,id', limit: -1 } }),
      ]);
      if (request === latestRequest) version.value = versionFromRows(id, sections.data.data, questions.data.data);
    } catch (cause) {
      if (request === latestRequest) {
        version.value = null;
        error.value = errorSentence(cause, language.value);
      }
    } finally {
      if (request === latestRequest) loading.value = false;
    }
  }

  watch(versionId, () => void reload(), { immediate: true });
  return { version, loading, error, reload };
}
