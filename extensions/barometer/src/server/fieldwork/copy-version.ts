// Deep copy of an instrument version into a new draft (next version number, same codes), written
// through the items services so that permissions, hooks and revisions apply as for any edit.
import type { QuestionnaireVersion } from '../../../../../core/questionnaire/index.ts';
import type { VersionExtras } from '../../../../../core/xlsform/index.ts';
import type { ItemsServiceLike } from '../http/context.ts';

export interface CopyTarget {
  instrument: number;
  version: number;
  notes: string;
  /** The imported XLSForm's settings columns and unasked rows, given back on export. */
  xlsform?: VersionExtras;
}

export async function writeDraftVersion(
  services: (collection: string) => Promise<ItemsServiceLike>,
  target: CopyTarget,
  questionnaire: QuestionnaireVersion,
): Promise<{ id: number; questions: number }> {
  const versions = await services('instrument_versions');
  const id = Number(
    await versions.createOne({
      instrument: target.instrument,
      version: target.version,
      status: 'draft',
      notes: target.notes,
      xlsform: target.xlsform === undefined || Object.keys(target.xlsform).length === 0 ? null : target.xlsform,
    }),
  );
  const sectionService = await services('sections');
  const sectionIds = await sectionService.createMany(
    questionnaire.sections.map((section, index) => ({
      instrument_version: id,
      code: section.code,
      label: section.label,
      label_ar: section.label_ar ?? null,
      sort: index + 1,
    })),
  );
  const sectionId = new Map(questionnaire.sections.map((section, index) => [section.code, sectionIds[index]]));
  const questionService = await services('questions');
  await questionService.createMany(
    questionnaire.questions.map(({ choices, section, ...question }, index) => ({
      ...question,
      instrument_version: id,
      section: section ? (sectionId.get(section) ?? null) : null,
      sort: index + 1,
      choices: choices.map((choice, choiceIndex) => ({ ...choice, sort: choiceIndex + 1 })),
    })),
  );
  return { id, questions: questionnaire.questions.length };
}
