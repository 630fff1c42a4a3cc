// The methodology chapter's figures: sample frame and coverage, response, panel attrition since the
// previous wave, what changed in the questionnaire between the two waves' versions, and the methods of
// the changes and of the score's uncertainty, in French and Arabic.
import type { Knex } from 'knex';
import { panelAttrition, type PanelAttrition } from '../../../../../core/quality/index.ts';
import {
  diffVersions,
  impactedIndicators,
  type ComparedProperty,
  type QuestionnaireVersion,
} from '../../../../../core/questionnaire/index.ts';
import type { WaveScore } from '../../../../../core/indicators/index.ts';
import { formatDecimal } from '../../../../../core/report/format.ts';
import type {
  AttritionFigures,
  FrameRow,
  InstrumentChange,
  InstrumentInfo,
  ResponseFigures,
} from '../../../../../core/report/index.ts';
import { waveCoverage } from '../figures/coverage.ts';
import { codeList, isoDay } from '../db/db-values.ts';
import { latestDrawIds } from '../fieldwork/draw-list.ts';
import { questionnaireOf } from '../db/version-cache.ts';
import { COUNTED_STATUSES, isCounted } from '../../../../../core/waves/index.ts';
import type { StoredIndicator, WaveRecord } from '../db/wave-data.ts';

export interface FrameFigures {
  frame: FrameRow[];
  totals: { population: number; target: number; achieved: number };
}

export async function frameFigures(database: Knex, wave: WaveRecord): Promise<FrameFigures> {
  const coverage = await waveCoverage(database, wave);
  return {
    frame: coverage.establishments.map((row) => ({
      code: row.code,
      name: row.name,
      type: row.type,
      region: row.region ?? '',
      population: row.population,
      target: row.target,
      achieved: row.achieved,
    })),
    totals: {
      population: coverage.totals.population,
      target: coverage.totals.target,
      achieved: coverage.totals.achieved,
    },
  };
}

/**
 * Who was drawn and approached, and what came of it, from what was recorded: the wave's draw lists in
 * force (latest per establishment), the interviews (a refusal is an interview recorded without
 * consent or assent) and the minors' histories. Nothing is inferred from the targets.
 */
export async function responseFigures(database: Knex, wave: WaveRecord): Promise<ResponseFigures> {
  const draws: Array<{ selected: unknown; replacements: unknown }> = await database('sample_draws')
    .whereIn('id', latestDrawIds(database, [wave.id]))
    .select('selected', 'replacements');
  const rows: Array<{
    code: string | null;
    status: string;
    consent_guardian: unknown;
    assent_child: unknown;
    excluded: unknown;
  }> = await database('interviews as i')
    .leftJoin('participants as p', 'p.id', 'i.participant')
    .where('i.wave', wave.id)
    .whereNull('i.followup')
    .select('p.code as code', 'i.status', 'i.consent_guardian', 'i.assent_child', 'i.excluded');
  const refusedGuardian = rows.filter((row) => !truthy(row.consent_guardian)).length;
  const refusedChild = rows.filter((row) => truthy(row.consent_guardian) && !truthy(row.assent_child)).length;
  const completed = rows.filter(
    (row) => truthy(row.consent_guardian) && truthy(row.assent_child) && row.status !== 'draft',
  );
  const counts = {
    refusedGuardian,
    refusedChild,
    completed: completed.length,
    rejectedBySupervisor: completed.filter((row) => row.status === 'rejected').length,
    validated: completed.filter((row) => isCounted({ status: row.status, excluded: truthy(row.excluded) })).length,
  };
  if (draws.length === 0)
    return {
      drawEstablishments: 0,
      drawn: null,
      replacementsUsed: null,
      released: null,
      transferred: null,
      notMet: null,
      ...counts,
    };

  const selected = new Set(draws.flatMap((draw) => codeList(draw.selected)));
  const replacements = new Set(
    draws.flatMap((draw) => codeList(draw.replacements)).filter((code) => !selected.has(code)),
  );
  const approached = new Set(rows.flatMap((row) => (row.code ? [row.code] : [])));
  const replacementsUsed = [...replacements].filter((code) => approached.has(code)).length;
  // Drawn minors and the replacements called in their place who have no interview or refusal recorded.
  const notApproached = [...selected].filter((code) => !approached.has(code));
  const latest = await latestStatuses(database, notApproached);
  const released = notApproached.filter((code) => latest.get(code) === 'released').length;
  const transferred = notApproached.filter((code) => latest.get(code) === 'transferred').length;
  return {
    drawEstablishments: draws.length,
    drawn: selected.size,
    replacementsUsed,
    released,
    transferred,
    notMet: notApproached.length - released - transferred,
    ...counts,
  };
}

/** Each minor's latest recorded situation (participant_statuses, by date then id). */
async function latestStatuses(database: Knex, codes: readonly string[]): Promise<Map<string, string>> {
  const latest = new Map<string, string>();
  for (let start = 0; start < codes.length; start += STATUS_CHUNK) {
    const rows: Array<{ code: string; status: string }> = await database('participant_statuses as s')
      .join('participants as p', 'p.id', 's.participant')
      .whereIn('p.code', codes.slice(start, start + STATUS_CHUNK))
      .orderBy([{ column: 's.date' }, { column: 's.id' }])
      .select('p.code as code', 's.status');
    for (const row of rows) latest.set(row.code, row.status);
  }
  return latest;
}

/** Bound parameters per query: SQLite builds before 3.32 allow 999. */
const STATUS_CHUNK = 500;

/** SQLite hands booleans back as 0 and 1. */
export function truthy(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 'true';
}

function countedParticipants(database: Knex, waveId: number): Knex.QueryBuilder {
  return database('interviews')
    .where('wave', waveId)
    .whereNull('followup')
    .whereIn('status', COUNTED_STATUSES)
    .where((builder) => builder.where('excluded', false).orWhereNull('excluded'))
    .whereNotNull('participant')
    .distinct('participant');
}

/**
 * The previous wave's respondents followed into this one: interviewed again, or not, and then why,
 * by their latest status recorded up to `asOf`. `scope` keeps the respondents the previous wave
 * interviewed in those establishments (a supervisor's); all when absent.
 */
export async function panelAttritionOf(
  database: Knex,
  wave: WaveRecord,
  previous: WaveRecord,
  asOf: string,
  scope?: ReadonlySet<number>,
): Promise<PanelAttrition> {
  const respondents: Array<{ participant: string; establishment: string | null; establishment_id: number | null }> =
    await database('interviews as i')
      .join('participants as p', 'p.id', 'i.participant')
      .leftJoin('establishments as e', 'e.id', 'i.establishment')
      .where('i.wave', previous.id)
      .whereNull('i.followup')
      .whereIn('i.status', COUNTED_STATUSES)
      .where((builder) => builder.where('i.excluded', false).orWhereNull('i.excluded'))
      .orderBy('i.id')
      .select('p.code as participant', 'e.code as establishment', 'i.establishment as establishment_id');
  // A rejected interview still met the minor; a draft may be no more than an intention.
  const interviewed: Array<{ participant: string }> = await database('interviews as i')
    .join('participants as p', 'p.id', 'i.participant')
    .where('i.wave', wave.id)
    .whereNull('i.followup')
    .whereNot('i.status', 'draft')
    .distinct('p.code as participant');
  const statuses: Array<{ participant: string; status: string; date: unknown }> = await database(
    'participant_statuses as s',
  )
    .join('participants as p', 'p.id', 's.participant')
    .whereIn('s.participant', countedParticipants(database, previous.id))
    .orderBy([{ column: 's.date' }, { column: 's.id' }])
    .select('p.code as participant', 's.status', 's.date');
  return panelAttrition({
    previous: respondents
      .filter((row) => !scope || scope.has(Number(row.establishment_id)))
      .map((row) => ({ participant: row.participant, establishment: row.establishment })),
    interviewed: new Set(interviewed.map((row) => row.participant)),
    statuses: statuses.map((row) => ({
      participant: row.participant,
      status: row.status,
      date: isoDay(row.date) ?? '',
    })),
    asOf,
  });
}

export async function attritionFigures(
  database: Knex,
  wave: WaveRecord,
  previous: WaveRecord | undefined,
  asOf: string,
): Promise<AttritionFigures | undefined> {
  if (!previous) return undefined;
  const { previousRespondents, reinterviewed, counts } = await panelAttritionOf(database, wave, previous, asOf);
  return {
    previousRespondents,
    reinterviewed,
    released: counts.released,
    transferred: counts.transferred,
    lost: counts.lost,
    notReinterviewed: counts.detained,
  };
}

const PROPERTY_LABEL: Readonly<Record<ComparedProperty, string>> = {
  type: 'type de réponse',
  label: 'libellé',
  label_ar: 'libellé arabe',
  choices: 'modalités',
  required: 'caractère obligatoire',
  relevant: "condition d'affichage",
  constraint: 'contrôle de saisie',
  calculation: 'calcul',
};

async function versionIdsOf(database: Knex, waveId: number): Promise<number[]> {
  const rows: Array<{ id: number }> = await database('waves_instrument_versions')
    .where('waves_id', waveId)
    .orderBy('instrument_versions_id')
    .select('instrument_versions_id as id');
  return rows.map((row) => Number(row.id));
}

function describeChanges(
  before: QuestionnaireVersion,
  after: QuestionnaireVersion,
  definitions: readonly StoredIndicator[],
): InstrumentChange[] {
  const diff = diffVersions(before, after);
  const impacted = impactedIndicators(
    diff,
    definitions.map(({ code, numerator, denominator }) => ({ code, numerator, denominator: denominator ?? null })),
  );
  const indicatorsOf = (question: string) =>
    impacted
      .filter((entry) => entry.questions.some((impact) => impact.code === question))
      .map((entry) => entry.indicator);
  return [
    ...diff.added.map((question): InstrumentChange => ({
      question: question.code,
      kind: 'added',
      description: `Nouvelle question : « ${question.label} ».`,
      indicators: indicatorsOf(question.code),
    })),
    ...diff.removed.map((question): InstrumentChange => ({
      question: question.code,
      kind: 'removed',
      description: `Question retirée : « ${question.label} ».`,
      indicators: indicatorsOf(question.code),
    })),
    ...diff.changed.map((change): InstrumentChange => ({
      question: change.code,
      kind: 'modified',
      description: `Modifié : ${change.properties.map((property) => PROPERTY_LABEL[property]).join(', ')}.`,
      indicators: indicatorsOf(change.code),
    })),
  ];
}

/** The wave's questionnaire, and its changes against the version of the same instrument in the previous wave. */
export async function instrumentInfo(
  database: Knex,
  wave: WaveRecord,
  previous: WaveRecord | undefined,
  definitions: readonly StoredIndicator[],
): Promise<InstrumentInfo> {
  const [firstId] = await versionIdsOf(database, wave.id);
  const current = firstId === undefined ? undefined : await questionnaireOf(database, firstId);
  if (!current) return { code: '—', title: 'Aucun questionnaire', version: 0, changes: [] };
  const base = { code: current.row.instrument_code, title: current.row.instrument_title, version: current.row.version };
  if (!previous) return { ...base, changes: [] };
  const candidates = await Promise.all(
    (await versionIdsOf(database, previous.id)).map((id) => questionnaireOf(database, id)),
  );
  const before = candidates.find((entry) => entry?.row.instrument === current.row.instrument);
  if (!before) return { ...base, changes: [] };
  return {
    ...base,
    previousVersion: before.row.version,
    changes: describeChanges(before.questionnaire, current.questionnaire, definitions),
  };
}

export interface MethodNotes {
  readonly fr: readonly string[];
  readonly ar: readonly string[];
}

/**
 * How changes are tested (core/stats/change-variance.ts) and how far the score's modelling choices move
 * it (core/stats/score-uncertainty.ts), with this wave's figures. Arabic with Western digits, as the
 * analysts write them.
 */
export function methodNotes(score: WaveScore, provisional: boolean): MethodNotes {
  const fr = [
    'Évolutions entre vagues : à partir de la deuxième vague, le tirage reprend d’abord les répondants de la vague précédente encore détenus (sous-strate « panel »), puis complète par un tirage aléatoire des autres mineurs. ' +
      'Chaque vague est pondérée selon ces sous-strates ; la variance d’une évolution est V1 + V2 − 2 Cov, où la covariance des enfants interrogés aux deux vagues est nulle avec ces poids (estimation sans biais conditionnellement à la première vague ; Kish 1965, 12.4 ; Berger 2004). ' +
      'L’intervalle à 95 % suit la loi de Student (degrés de liberté de Welch-Satterthwaite) ; une simulation du tirage réel (0, 40 et 80 % de panel) vérifie qu’il couvre l’évolution vraie dans 95 % des cas.',
  ];
  const ar = [
    'التطور بين الموجات: ابتداء من الموجة الثانية يعيد السحب أولا مستجوبي الموجة السابقة الذين ما زالوا محتجزين (طبقة فرعية «الفريق») ثم يكمل بسحب عشوائي من باقي الأحداث. ' +
      'تُرجَّح كل موجة وفق هذه الطبقات الفرعية؛ تباين التطور هو V1 + V2 − 2 Cov، والتغاير منعدم مع هذه الأوزان (Kish 1965؛ Berger 2004). مجال الثقة 95٪ بتوزيع ستيودنت.',
  ];
  if (provisional) {
    fr.push(
      'Vague provisoire : tant que la vague n’est pas verrouillée, ses estimations peuvent encore changer ; aucune évolution n’est déclarée significative.',
    );
    ar.push('موجة مؤقتة: ما دامت الموجة غير مقفلة قد تتغير تقديراتها، ولا يُعلن أي تطور دالا إحصائيا.');
  }
  const u = score.uncertainty;
  if (u) {
    const out = u.leave_one_out.map((entry) => entry.score);
    const leaveOut = out.length > 0 ? { low: Math.min(...out), high: Math.max(...out) } : undefined;
    const fmt = (value: number) => formatDecimal(value, 1);
    const en = (value: number) => value.toFixed(1);
    fr.push(
      `Incertitude du score (analyse d’incertitude et de sensibilité du manuel OCDE/JRC des indicateurs composites, ${u.runs} tirages) : publié ${fmt(u.published)}, ` +
        `de ${fmt(u.interval.low)} à ${fmt(u.interval.high)} (5e-95e centiles) quand les poids des dimensions, l’agrégation (arithmétique ou géométrique) et les bornes (±10 %) varient ensemble ; ` +
        `poids aléatoires seuls ${fmt(u.weights.low)} à ${fmt(u.weights.high)} ; moyennes géométriques ${fmt(u.geometric)} ; bornes seules ${fmt(u.goalposts.low)} à ${fmt(u.goalposts.high)}` +
        (leaveOut ? ` ; sans l’une des dimensions ${fmt(leaveOut.low)} à ${fmt(leaveOut.high)}.` : '.') +
        ' Ces choix de construction pèsent davantage que l’erreur d’échantillonnage.' +
        (score.missing.length > 0
          ? ` Indicateurs sans valeur dans cette vague : ${score.missing.join(', ')} ; le score n’est pas comparable à celui d’une autre vague.`
          : ''),
    );
    ar.push(
      `عدم يقين المؤشر المركب (تحليل منظمة التعاون الاقتصادي والتنمية ومركز البحوث المشترك، ${u.runs} سحبا): المنشور ${en(u.published)}، ` +
        `من ${en(u.interval.low)} إلى ${en(u.interval.high)} عند تغيير أوزان الأبعاد وطريقة التجميع والحدود معا؛ المتوسطات الهندسية ${en(u.geometric)}` +
        (leaveOut ? `؛ دون أحد الأبعاد من ${en(leaveOut.low)} إلى ${en(leaveOut.high)}.` : '.') +
        (score.missing.length > 0
          ? ` مؤشرات بلا قيمة في هذه الموجة: ${score.missing.join('، ')}؛ المؤشر المركب غير قابل للمقارنة.`
          : ''),
    );
  }
  return { fr, ar };
}
