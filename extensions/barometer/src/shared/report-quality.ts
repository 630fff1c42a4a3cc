// The data quality annex: what was entered and kept, interviews too short to be credible, minors
// interviewed twice in the same wave, and item non-response where the question was actually asked.
import type { Knex } from 'knex';
import { evaluateForm, takesAnswer, type QuestionnaireVersion } from '../../../../core/questionnaire/index.ts';
import type { DataQuality, ItemNonResponse, QualityFigure } from '../../../../core/report/index.ts';
import { truthy } from './report-methodology.ts';
import { questionnaireOf } from './version-cache.ts';
import { COUNTED_STATUSES, parseAnswers, type WaveRecord } from './wave-data.ts';

/** An interview under this share of the median duration is flagged as short. */
export const SHORT_INTERVIEW_SHARE = 0.5;
/** The annex lists the questions with the most non-response, no more. */
const MAX_QUESTIONS = 15;

interface InterviewRow {
  participant: number | null;
  status: string;
  excluded: unknown;
  duration_minutes: number | string | null;
  consent_guardian: unknown;
  assent_child: unknown;
  instrument_version: number | null;
  answers: unknown;
}

const minutes = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

export function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

function blank(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

async function itemNonResponse(database: Knex, interviews: readonly InterviewRow[], today: string): Promise<ItemNonResponse[]> {
  const versions = new Map<number, QuestionnaireVersion | undefined>();
  const tally = new Map<string, { label: string; n: number; missing: number }>();
  for (const interview of interviews) {
    if (interview.instrument_version === null) continue;
    const id = Number(interview.instrument_version);
    if (!versions.has(id)) versions.set(id, (await questionnaireOf(database, id))?.questionnaire);
    const version = versions.get(id);
    if (!version) continue;
    const answers = parseAnswers(interview.answers);
    const { relevant } = evaluateForm(version, answers, { today });
    for (const question of version.questions) {
      if (!takesAnswer(question) || !relevant.has(question.code)) continue;
      const entry = tally.get(question.code) ?? { label: question.label, n: 0, missing: 0 };
      entry.n += 1;
      if (blank(answers[question.code])) entry.missing += 1;
      tally.set(question.code, entry);
    }
  }
  return [...tally]
    .filter(([, entry]) => entry.missing > 0)
    .map(([question, entry]) => ({ question, label: entry.label, n: entry.n, rate: entry.missing / entry.n }))
    .sort((a, b) => b.rate - a.rate || (a.question < b.question ? -1 : 1))
    .slice(0, MAX_QUESTIONS);
}

export async function dataQuality(database: Knex, wave: WaveRecord, today: string): Promise<DataQuality> {
  const rows: InterviewRow[] = await database('interviews')
    .where('wave', wave.id)
    .orderBy('id')
    .select('participant', 'status', 'excluded', 'duration_minutes', 'consent_guardian', 'assent_child', 'instrument_version', 'answers');
  const counted = rows.filter((row) => COUNTED_STATUSES.includes(row.status) && !truthy(row.excluded));
  const durations = counted.map((row) => Number(row.duration_minutes)).filter((value) => Number.isFinite(value) && value > 0);
  const typical = median(durations);
  const shortLimit = typical === undefined ? undefined : typical * SHORT_INTERVIEW_SHARE;
  const perParticipant = Map.groupBy(counted.filter((row) => row.participant !== null), (row) => Number(row.participant));
  const repeated = [...perParticipant.values()].filter((interviews) => interviews.length > 1);
  const consented = counted.filter((row) => truthy(row.consent_guardian) && truthy(row.assent_child)).length;
  const figures: QualityFigure[] = [
    { label: 'Entretiens saisis', value: rows.length, unit: 'count' },
    { label: 'Entretiens retenus pour les estimations', value: counted.length, unit: 'count', note: 'Soumis ou validés, non exclus au verrouillage.' },
    { label: 'Entretiens validés par un superviseur', value: rows.filter((row) => row.status === 'validated').length, unit: 'count' },
    { label: 'Entretiens rejetés au contrôle', value: rows.filter((row) => row.status === 'rejected').length, unit: 'count' },
    { label: 'Entretiens exclus au verrouillage', value: rows.filter((row) => truthy(row.excluded)).length, unit: 'count', note: 'Non relus à la date du verrouillage.' },
    ...(typical === undefined ? [] : [{ label: 'Durée médiane d’un entretien', value: typical, unit: 'minutes' } satisfies QualityFigure]),
    ...(shortLimit === undefined
      ? []
      : [{
          label: 'Entretiens courts',
          value: counted.filter((row) => Number(row.duration_minutes) > 0 && Number(row.duration_minutes) < shortLimit).length,
          unit: 'count',
          note: `Moins de la moitié de la durée médiane (${minutes.format(shortLimit)} min) : à revoir avec l’enquêteur.`,
        } satisfies QualityFigure]),
    {
      label: 'Mineurs interrogés plusieurs fois dans la vague',
      value: repeated.length,
      unit: 'count',
      note: repeated.length === 0 ? 'Aucun doublon.' : `${repeated.reduce((sum, interviews) => sum + interviews.length, 0)} entretiens concernés : à dédoublonner.`,
    },
    ...(counted.length === 0 ? [] : [{ label: 'Consentement et assentiment consignés', value: consented / counted.length, unit: 'percent' } satisfies QualityFigure]),
  ];
  return { figures, itemNonResponse: await itemNonResponse(database, counted, today) };
}
