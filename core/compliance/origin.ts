// Where a figure that does not come from the interviews was taken: an administration's own count
// (DGAPR, a ministry) or a study such as the 2020 baseline. Readers must tell them from survey
// estimates, so every output names the origin beside the source, in French and Arabic.

export const ESTIMATE_ORIGINS = ['administrative', 'study'] as const;
export type EstimateOrigin = (typeof ESTIMATE_ORIGINS)[number];

export const ORIGIN_NAMES: Readonly<Record<EstimateOrigin, { readonly fr: string; readonly ar: string }>> = {
  administrative: { fr: 'donnée administrative', ar: 'معطى إداري' },
  study: { fr: 'étude de référence', ar: 'دراسة مرجعية' },
};

/** "donnée administrative : DGAPR, rapport 2025", the words every output prints beside such a value. */
export function originText(origin: EstimateOrigin, source: string | null, lang: 'fr' | 'ar'): string {
  const name = ORIGIN_NAMES[origin][lang];
  if (!source) return name;
  return lang === 'fr' ? `${name} : ${source}` : `${name}: ${source}`;
}
