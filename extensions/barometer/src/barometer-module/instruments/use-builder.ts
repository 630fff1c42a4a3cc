import { useApi } from '@directus/extensions-sdk';
import { z } from 'zod';
import { computed, shallowRef, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import { sectionsOfVersion } from '../../../../../core/questionnaire/index.ts';
import type { PrimaryKey } from '../../shared-app/relation-id.ts';
import { useLoader } from '../../shared-app/use-loader.ts';
import { useUiLanguage } from '../../shared-app/use-ui-language.ts';
import type { ApiFailure } from '../../shared-app/api-failure.ts';
import {
  builderQuestionRow,
  builderSectionRow,
  createPayload,
  moveSorts,
  updatePayload,
  type BuilderQuestion,
  type BuilderSection,
  type QuestionDraft,
} from './builder-model.ts';
import type { VersionInContext } from '../../shared-app/types.ts';
import { useAttempt } from '../common/use-attempt.ts';

const versionRow = z.object({
  id: z.number(),
  version: z.number(),
  status: z.enum(['draft', 'published', 'retired']),
  instrument: z.object({ code: z.string(), title: z.string() }),
});

interface BuilderData {
  readonly version: VersionInContext | null;
  readonly sections: readonly BuilderSection[];
  readonly questions: readonly BuilderQuestion[];
}

const NOTHING: BuilderData = { version: null, sections: [], questions: [] };

export interface SectionDraft {
  code: string;
  label: string;
  label_ar: string;
}

export interface UsableBuilder {
  readonly version: ComputedRef<VersionInContext | null>;
  /** Only the version's own: a question can be placed in no other. */
  readonly sections: ComputedRef<readonly BuilderSection[]>;
  readonly questions: ComputedRef<readonly BuilderQuestion[]>;
  readonly loading: Ref<boolean>;
  readonly error: Ref<string | null>;
  readonly saving: Ref<boolean>;
  readonly failure: ShallowRef<ApiFailure | null>;
  /** Bumped after every write, for the preview to read the version again. */
  readonly revision: Ref<number>;
  readonly reload: () => Promise<void>;
  readonly saveQuestion: (draft: QuestionDraft) => Promise<boolean>;
  readonly move: (id: PrimaryKey, direction: -1 | 1) => Promise<void>;
  readonly addSection: (draft: SectionDraft) => Promise<boolean>;
}

/** One version's sections and questions, written through the items API as the coordinator edits. */
export function useBuilder(versionId: Readonly<Ref<number>>): UsableBuilder {
  const api = useApi();
  const { running: saving, failure, attempt } = useAttempt();
  const revision = shallowRef(0);

  const language = useUiLanguage();
  const { data, loading, error, load } = useLoader(
    NOTHING,
    async (): Promise<BuilderData> => {
      const id = versionId.value;
      const filter = JSON.stringify({ instrument_version: { _eq: id } });
      const [version, sections, questions] = await Promise.all([
        api.get(`/items/instrument_versions/${id}`, {
          params: { fields: 'id,version,status,instrument.code,instrument.title' },
        }),
        api.get('/items/sections', {
          params: { filter, fields: 'id,code,label,label_ar,sort,instrument_version', sort: 'sort,id', limit: -1 },
        }),
        api.get('/items/questions', { params: { filter, fields: '*,choices.*', sort: 'sort,id', limit: -1 } }),
      ]);
      return {
        version: versionRow.parse(version.data.data),
        sections: sectionsOfVersion(z.array(builderSectionRow).parse(sections.data.data), id),
        questions: z.array(builderQuestionRow).parse(questions.data.data),
      };
    },
    { language },
  );

  async function written(request: () => Promise<unknown>): Promise<boolean> {
    const done = (await attempt(async () => (await request(), true))) === true;
    if (done) {
      await load();
      revision.value++;
    }
    return done;
  }

  const questions = computed(() => data.value.questions);
  return {
    version: computed(() => data.value.version),
    sections: computed(() => data.value.sections),
    questions,
    loading,
    error,
    saving,
    failure,
    revision,
    reload: load,
    saveQuestion: (draft) => {
      const saved = questions.value.find((question) => question.id === draft.id);
      if (draft.id !== null && saved)
        return written(() =>
          api.patch(
            `/items/questions/${draft.id}`,
            updatePayload(
              draft,
              saved.choices.flatMap((choice) => (choice.id === undefined ? [] : [choice.id])),
            ),
          ),
        );
      return written(() =>
        api.post('/items/questions', createPayload(draft, versionId.value, questions.value.length + 1)),
      );
    },
    move: async (id, direction) => {
      const sorts = moveSorts(questions.value, id, direction);
      if (sorts) await written(() => api.patch('/items/questions', sorts));
    },
    addSection: (draft) =>
      written(() =>
        api.post('/items/sections', {
          instrument_version: versionId.value,
          code: draft.code.trim(),
          label: draft.label.trim(),
          label_ar: draft.label_ar.trim() === '' ? null : draft.label_ar.trim(),
          sort: data.value.sections.length + 1,
        }),
      ),
  };
}
