// French words for what the version diff reports, so a coordinator reads "libellé" rather than "label".
import type { ChoiceWording, PropertyChange } from '../../../../core/questionnaire/index.ts';

const PROPERTY_LABELS: Readonly<Record<string, string>> = {
  type: 'type',
  label: 'libellé',
  label_ar: 'libellé arabe',
  choices: 'choix',
  required: 'obligatoire',
  relevant: 'condition d’affichage',
  constraint: 'contrainte',
  calculation: 'calcul',
};

const CHANGE_LABELS: Readonly<Record<string, string>> = {
  added: 'ajoutée',
  removed: 'supprimée',
  changed: 'modifiée',
};

export function propertyLabel(property: string): string {
  return PROPERTY_LABELS[property] ?? property;
}

/** "LAWYER_SEEN (modifiée : libellé, choix)". */
export function questionImpact(question: {
  readonly code: string;
  readonly change: string;
  readonly properties: readonly string[];
}): string {
  const change = CHANGE_LABELS[question.change] ?? question.change;
  const detail = question.properties.length > 0 ? ` : ${question.properties.map(propertyLabel).join(', ')}` : '';
  return `${question.code} (${change}${detail})`;
}

/** One old → new line of a change; null on the side where there is nothing (an added choice). */
export interface ChangeLine {
  readonly value: string | null;
  readonly before: string | null;
  readonly after: string | null;
}

const EMPTY = '(vide)';

function choiceText(wording: ChoiceWording | null): string | null {
  if (wording === null) return null;
  return wording.label_ar ? `${wording.label} / ${wording.label_ar}` : wording.label;
}

/** The lines that show a changed property: one for a text or a flag, one per added, removed or reworded choice. */
export function changeLines(change: PropertyChange): readonly ChangeLine[] {
  if (change.property === 'choices')
    return change.choices.map((choice) => ({
      value: choice.value,
      before: choiceText(choice.before),
      after: choiceText(choice.after),
    }));
  if (change.property === 'required')
    return [{ value: null, before: change.before ? 'oui' : 'non', after: change.after ? 'oui' : 'non' }];
  return [{ value: null, before: change.before ?? EMPTY, after: change.after ?? EMPTY }];
}
