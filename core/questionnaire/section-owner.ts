import type { LocalizedMessage } from './answer-messages.ts';

/** A section as the database holds it: the version it belongs to is what places a question in it. */
export interface OwnedSection {
  readonly id: number | string;
  readonly code: string;
  readonly instrument_version: number | string;
}

function sameId(a: number | string, b: number | string): boolean {
  return String(a) === String(b);
}

/**
 * The sections a question of this version may be placed in: its version's own. A section of another
 * version would silently leave the question outside every section of its questionnaire.
 */
export function sectionsOfVersion<T extends OwnedSection>(
  sections: readonly T[],
  versionId: number | string,
): readonly T[] {
  return sections.filter((section) => sameId(section.instrument_version, versionId));
}

/** Why a question of `versionId` cannot be placed in `section`, or null when it can. */
export function misplacedSection(
  questionCode: string | null,
  versionId: number | string,
  section: OwnedSection | null,
  sectionId: number | string,
): LocalizedMessage | null {
  const question = questionCode ? `La question « ${questionCode} »` : 'La question';
  const question_ar = questionCode ? `السؤال « ${questionCode} »` : 'السؤال';
  if (section === null)
    return {
      message: `${question} désigne la section ${sectionId}, qui n’existe pas.`,
      message_ar: `${question_ar} يشير إلى القسم ${sectionId} وهو غير موجود.`,
    };
  if (sameId(section.instrument_version, versionId)) return null;
  return {
    message: `${question} ne peut pas être placée dans la section « ${section.code} » : elle appartient à une autre version du questionnaire. Choisissez une section de la même version.`,
    message_ar: `لا يمكن وضع ${question_ar} في القسم « ${section.code} » لأنه ينتمي إلى إصدار آخر من الاستمارة. اختر قسما من نفس الإصدار.`,
  };
}
