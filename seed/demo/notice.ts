export const DEMO_NOTICE =
  'Données de démonstration entièrement fictives : les établissements, participants, entretiens, valeurs ' +
  'de référence 2020 et recommandations ont été inventés pour présenter le logiciel. Ils ne décrivent aucun ' +
  'enfant ni aucun établissement réels et ne sont pas des résultats de l’Observatoire Marocain des Prisons.';

/** Appended to descriptions so that a record read on its own still says it is invented. */
export const DEMO_TAG = '(démonstration, données fictives)';

/** Seed of the published demo; any other seed gives another, equally consistent, demo. */
export const DEMO_SEED = 20260331;
