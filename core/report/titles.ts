/** Section titles, exported so tests (and the app) name the same sections the PDF prints. */
export const SECTION_TITLES = {
  contents: 'Sommaire',
  summary: 'Synthèse',
  methodology: 'Méthodologie',
  dashboard: 'Tableau de bord du baromètre',
  recommendations: 'Recommandations',
  followUp: 'Suivi des recommandations',
  annexDefinitions: 'Annexe A. Définition des indicateurs',
  annexInstrument: "Annexe B. Évolution de l'instrument",
  annexQuality: 'Annexe C. Qualité des données',
  annexCompliance: 'Annexe E. Matrice de conformité au cadre normatif',
  annexGlossary: 'Annexe D. Glossaire',
  annexCitation: 'Publication, citation et contact',
  arabic: 'Résumé exécutif en arabe',
} as const;

/** Printed only for a wave with a follow-up cohort, so kept out of the sections every report has. */
export const AFTER_RELEASE_TITLE = 'Après la sortie';

export const ARABIC_SUMMARY_HEADING = 'الملخص التنفيذي';

export const SUPPRESSION_NOTE = (threshold: number): string =>
  `s : estimation non publiée (moins de ${threshold} entretiens, ou suppression secondaire pour qu'elle ne puisse être recalculée).`;
