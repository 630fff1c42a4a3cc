// The data quality annex: what was entered and kept, interviews too short to be credible, minors
// interviewed twice in the same wave, and item non-response where the question was actually asked —
// the checks of core/quality, as the supervisors' endpoint runs them.
import type { Knex } from 'knex';
import {
  duplicateParticipants,
  itemNonResponse,
  shortInterviews,
  SHORT_INTERVIEW_SHARE,
  typicalDuration,
} from '../../../../../core/quality/index.ts';
import type { DataQuality, QualityFigure } from '../../../../../core/report/index.ts';
import type { WaveRecord } from '../db/wave-data.ts';
import { interviewCounts } from '../../../../../core/interview-counts/index.ts';
import { isCounted } from '../../../../../core/waves/index.ts';
import { waveInterviews } from '../figures/wave-quality.ts';

/** The annex lists the questions with the most non-response, no more. */
const MAX_QUESTIONS = 15;

const minutes = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

export async function dataQuality(database: Knex, wave: WaveRecord, today: string): Promise<DataQuality> {
  const rows = await waveInterviews(database, wave.id);
  const counted = rows.filter(isCounted);
  const typical = typicalDuration(counted);
  const repeated = duplicateParticipants(counted);
  const consented = counted.filter((row) => row.consented).length;
  // The module's coverage and the lock dialog count the same way (core/interview-counts).
  const counts = interviewCounts(
    rows.map((row) => ({ establishment: null, status: row.status, excluded: row.excluded, count: 1 })),
  );
  const figures: QualityFigure[] = [
    { label: 'Entretiens saisis', value: rows.length, unit: 'count' },
    {
      label: 'Entretiens menés à leur terme',
      value: counts.done,
      unit: 'count',
      note: 'Soumis, validés ou rejetés au contrôle.',
    },
    {
      label: 'Entretiens retenus pour les estimations',
      value: counts.analysed,
      unit: 'count',
      note: 'Soumis ou validés, non exclus au verrouillage.',
    },
    {
      label: 'Entretiens validés par un superviseur',
      value: rows.filter((row) => row.status === 'validated').length,
      unit: 'count',
    },
    {
      label: 'Entretiens rejetés au contrôle',
      value: rows.filter((row) => row.status === 'rejected').length,
      unit: 'count',
    },
    {
      label: 'Entretiens exclus au verrouillage',
      value: counts.excluded,
      unit: 'count',
      note: 'Non relus à la date du verrouillage.',
    },
    ...(typical === undefined
      ? []
      : [
          { label: 'Durée médiane d’un entretien', value: typical, unit: 'minutes' } satisfies QualityFigure,
          {
            label: 'Entretiens courts',
            value: shortInterviews(counted, typical).length,
            unit: 'count',
            note: `Moins de la moitié de la durée médiane (${minutes.format(typical * SHORT_INTERVIEW_SHARE)} min) : à revoir avec l’enquêteur.`,
          } satisfies QualityFigure,
        ]),
    {
      label: 'Mineurs interrogés plusieurs fois dans la vague',
      value: repeated.length,
      unit: 'count',
      note:
        repeated.length === 0
          ? 'Aucun doublon.'
          : `${repeated.reduce((sum, entry) => sum + entry.interviews.length, 0)} entretiens concernés : à dédoublonner.`,
    },
    ...(counted.length === 0
      ? []
      : [
          {
            label: 'Consentement et assentiment consignés',
            value: consented / counted.length,
            unit: 'percent',
          } satisfies QualityFigure,
        ]),
  ];
  const itemNonResponseRows = itemNonResponse(counted, { today })
    .questions.filter((entry) => entry.missing > 0)
    .slice(0, MAX_QUESTIONS)
    .map((entry) => ({ question: entry.question, label: entry.label, n: entry.asked, rate: entry.share }));
  return { figures, itemNonResponse: itemNonResponseRows };
}
