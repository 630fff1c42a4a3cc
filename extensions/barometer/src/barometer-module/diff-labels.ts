// French words for what the version diff reports, so a coordinator reads "libellé" rather than "label".

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
