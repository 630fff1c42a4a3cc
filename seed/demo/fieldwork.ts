import { baroAnswers } from './answers.ts';
import { addDays, completedMonths, DAYS_PER_MONTH, daysBetween, workingDay } from './calendar.ts';
import { establishmentByCode, establishments } from './establishments.ts';
import {
  enumeratorsOf,
  SHORT_INTERVIEWS,
  W1_PLAN,
  W2_COMPLETE_PLAN,
  W2_DRAFTS_FROM_DAY,
  W2_PLAN,
  W2_REVIEWED_UNTIL_DAY,
  W3_PLAN,
  type EstablishmentFieldwork,
} from './fieldwork-plan.ts';
import { BARO_V1, versionOf } from './instruments.ts';
import { streamFor, type Rng } from './prng.ts';
import { newDetentionMonths, newLegalStatus, newPerson, type LegalStatus, type Person } from './profiles.ts';
import type {
  AnswerValue,
  DemoScenario,
  InterviewRecord,
  InterviewStatus,
  ParticipantRecord,
  ParticipantStatus,
  ParticipantStatusRecord,
} from './types.ts';
import { waveByCode } from './waves.ts';

export interface Fieldwork {
  readonly participants: readonly ParticipantRecord[];
  readonly participantStatuses: readonly ParticipantStatusRecord[];
  readonly interviews: readonly InterviewRecord[];
}

/** A minor followed by the demo, as the generator tracks it between waves. */
interface Minor {
  readonly code: string;
  readonly person: Person;
  readonly entryDate: string;
  legalStatus: LegalStatus;
  /** The age at the last interview. */
  age: number;
  /** Where the minor is held, or null once released. */
  establishment: string | null;
  readonly history: ParticipantStatusRecord[];
}

/** No 0/O or 1/I: codes are read aloud and copied by hand in the field. */
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** New codes from the stream `label`, never one of `taken` nor one given before. */
export function participantCodes(
  seed: number,
  label = 'participant-codes',
  taken: ReadonlySet<string> = new Set(),
): () => string {
  const rng = streamFor(seed, label);
  const used = new Set<string>(taken);
  return () => {
    for (;;) {
      let code = 'P-';
      for (let index = 0; index < 5; index += 1) code += CODE_ALPHABET.charAt(rng.int(0, CODE_ALPHABET.length - 1));
      if (!used.has(code)) {
        used.add(code);
        return code;
      }
    }
  };
}

function entryDateFor(interviewDate: string, months: number, rng: Rng): string {
  return addDays(interviewDate, -(Math.ceil(months * DAYS_PER_MONTH) + rng.int(0, 29)));
}

function statusRow(
  minor: Minor,
  status: ParticipantStatus,
  date: string,
  establishment: string | null,
  note: string | null,
): void {
  minor.history.push({ participant: minor.code, status, date, establishment, note });
}

function visitDate(wave: string, plan: EstablishmentFieldwork, position: number): string {
  const start = waveByCode(wave).fieldwork_start;
  if (start === null) throw new Error(`Wave ${wave} has no fieldwork start`);
  return workingDay(start, plan.startDay + Math.floor(position / plan.perDay));
}

function shortDuration(wave: string, establishment: string, position: number): number | undefined {
  return SHORT_INTERVIEWS.find(([w, e, p]) => w === wave && e === establishment && p === position)?.[3];
}

function normalDuration(age: number, rng: Rng): number {
  return 32 + rng.int(0, 22) + (age < 15 ? 6 : 0);
}

function reviewedAt(date: string, rng: Rng): string {
  return `${addDays(date, rng.int(1, 4))}T${String(rng.int(9, 17)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}:00Z`;
}

const SECTION_INDEX: ReadonlyMap<string, number> = (() => {
  const version = versionOf(BARO_V1);
  const order = new Map(version.sections.map((section, index) => [section.code, index]));
  return new Map(version.questions.map((question) => [question.code, order.get(question.section) ?? 0]));
})();

/** A draft is an interview being entered: only its first sections are filled in. */
function draftAnswers(
  answers: Readonly<Record<string, AnswerValue>>,
  sectionsDone: number,
): Record<string, AnswerValue> {
  return Object.fromEntries(Object.entries(answers).filter(([code]) => (SECTION_INDEX.get(code) ?? 0) < sectionsDone));
}

function interviewCode(wave: string, establishment: string, sequence: number): string {
  return `${wave}-${establishment}-${String(sequence).padStart(3, '0')}`;
}

/** A minor met for the first time on `date`, with a detention history consistent with that day. */
function recruit(
  seed: number,
  label: string,
  establishment: string,
  date: string,
  nextCode: () => string,
  recentOnly: boolean,
): Minor {
  const rng = streamFor(seed, `recruit/${label}`);
  const { type } = establishmentByCode(establishment);
  const person = newPerson(type, rng);
  const legalStatus = newLegalStatus(type, rng);
  const entryDate = entryDateFor(date, newDetentionMonths(legalStatus, rng, recentOnly), rng);
  const minor: Minor = {
    code: nextCode(),
    person,
    entryDate,
    legalStatus,
    age: person.age,
    establishment,
    history: [],
  };
  statusRow(minor, 'detained', entryDate, establishment, 'Entrée en détention (date fictive).');
  return minor;
}

/** W2's random streams keep their first names, so the default demo keeps its minors; W3's are named after it. */
function laterLabel(wave: string, label: string): string {
  return wave === 'W2' ? label : `${wave}/${label}`;
}

const RELEASE_NOTES: Readonly<Record<string, string>> = {
  W2: 'Libéré entre les vagues 1 et 2 : à suivre avec le questionnaire SUIVI.',
  W3: 'Libéré entre les vagues 2 et 3 : à suivre avec le questionnaire SUIVI.',
};

/** What happened to a minor interviewed on `interviewDate` by the reference date of `nextWave`. */
function followUntil(seed: number, minor: Minor, interviewDate: string, nextWave: string): void {
  const rng = streamFor(seed, laterLabel(nextWave, `fate/${minor.code}`));
  const nextReference = waveByCode(nextWave).reference_date;
  const eventDate = addDays(interviewDate, rng.int(15, daysBetween(interviewDate, nextReference) - 5));
  const from = minor.establishment;
  const fate = rng.weighted<ParticipantStatus>([
    ['detained', 0.49],
    ['released', 0.42],
    ['transferred', 0.06],
    ['lost', 0.03],
  ]);
  if (fate === 'released' || fate === 'lost') {
    statusRow(minor, 'released', eventDate, from, RELEASE_NOTES[nextWave] ?? null);
    minor.establishment = null;
    if (fate === 'lost')
      statusRow(
        minor,
        'lost',
        addDays(nextReference, rng.int(3, 20)),
        null,
        'Injoignable lors de la prise de contact pour le suivi.',
      );
  } else if (fate === 'transferred' && from !== null) {
    const region = establishmentByCode(from).region;
    const others = establishments.filter((e) => e.code !== from && e.code !== 'E12');
    const sameRegion = others.filter((e) => e.region === region);
    const destination = rng.pick(sameRegion.length > 0 ? sameRegion : others).code;
    statusRow(minor, 'transferred', eventDate, destination, `Transféré depuis ${from}.`);
    minor.establishment = destination;
  }
  if (minor.legalStatus === 'preventive' && rng.chance(0.6)) minor.legalStatus = 'convicted';
}

interface InterviewDraft {
  readonly wave: string;
  readonly plan: EstablishmentFieldwork;
  readonly position: number;
  readonly sequence: number;
  readonly minor: Minor;
  readonly date: string;
  readonly age: number;
  readonly status: InterviewStatus;
  readonly progress: number;
}

function buildInterview(seed: number, draft: InterviewDraft): InterviewRecord {
  const { wave, plan, position, minor, date, age, status } = draft;
  const code = interviewCode(wave, plan.establishment, draft.sequence);
  const rng = streamFor(seed, `interview/${code}`);
  const complete = baroAnswers(
    minor.person,
    {
      age,
      legalStatus: minor.legalStatus,
      detentionMonths: completedMonths(minor.entryDate, date),
      establishmentType: establishmentByCode(plan.establishment).type,
      progress: draft.progress,
    },
    rng,
  );
  const sectionsDone = status === 'draft' ? rng.int(3, 7) : Number.POSITIVE_INFINITY;
  const answers = status === 'draft' ? draftAnswers(complete, sectionsDone) : complete;
  // Rejected interviews are the ones a supervisor caught being rushed.
  const fullDuration =
    status === 'rejected'
      ? rng.int(6, 9)
      : (shortDuration(wave, plan.establishment, position) ?? normalDuration(age, rng));
  const enumerators = enumeratorsOf(plan.establishment);
  const enumerator = enumerators[position % enumerators.length] ?? 'enumerator1';
  const reviewed = status === 'validated' || status === 'rejected';
  return {
    code,
    wave,
    participant: minor.code,
    establishment: plan.establishment,
    instrument_version: BARO_V1,
    status,
    consent_guardian: true,
    assent_child: true,
    interview_date: date,
    duration_minutes: status === 'draft' ? Math.max(5, Math.round((fullDuration * sectionsDone) / 9)) : fullDuration,
    enumerator,
    answers,
    reviewed_by: reviewed ? 'supervisor1' : null,
    reviewed_at: reviewed ? reviewedAt(date, rng) : null,
    review_comment:
      status === 'rejected'
        ? `Rejeté : durée anormalement courte (${fullDuration} min) et réponses non vérifiables ; un autre mineur tiré au sort a été interrogé.`
        : null,
  };
}

/** Early interviews are reviewed, later ones await review, the last ones are still being entered. */
function w2Status(seed: number, plan: EstablishmentFieldwork, position: number): InterviewStatus {
  // The short ones are there for the supervisor's data-quality check: keep them waiting for review.
  if (shortDuration('W2', plan.establishment, position) !== undefined) return 'submitted';
  const day = plan.startDay + Math.floor(position / plan.perDay);
  if (day <= W2_REVIEWED_UNTIL_DAY) return 'validated';
  if (day < W2_DRAFTS_FROM_DAY) return 'submitted';
  return streamFor(seed, `w2-status/${plan.establishment}/${position}`).chance(0.55) ? 'draft' : 'submitted';
}

interface Interviewed {
  readonly minor: Minor;
  readonly date: string;
  /** Kept in the wave's figures (not rejected, not a draft): the next wave's panel comes from these. */
  readonly counted: boolean;
}

interface LaterWave {
  readonly wave: string;
  readonly plans: readonly EstablishmentFieldwork[];
  /** The previous wave's respondents, followed until this wave's reference date. */
  readonly previous: readonly Interviewed[];
  readonly statusOf: (plan: EstablishmentFieldwork, position: number) => InterviewStatus;
  /** How far the establishments' practice has moved since W1 (answers.ts). */
  readonly progress: number;
}

/**
 * A wave after the first: in each establishment about two thirds of the interviews go to the previous
 * wave's respondents still held there (the panel), the others to minors met for the first time.
 */
function laterWave(
  seed: number,
  spec: LaterWave,
  nextCode: () => string,
): { recruits: Minor[]; interviews: InterviewRecord[]; interviewed: Interviewed[] } {
  const { wave } = spec;
  const recruits: Minor[] = [];
  const interviews: InterviewRecord[] = [];
  const interviewed: Interviewed[] = [];
  for (const plan of spec.plans) {
    const rng = streamFor(seed, `${wave}/${plan.establishment}`);
    const stayers = rng.shuffle(
      spec.previous.filter(({ minor, counted }) => counted && minor.establishment === plan.establishment),
    );
    const panelSize = Math.min(stayers.length, Math.round(0.65 * plan.interviews));
    const order = rng.shuffle(Array.from({ length: plan.interviews }, (_, index) => index < panelSize));
    order.forEach((isPanel, position) => {
      const date = visitDate(wave, plan, position);
      const status = spec.statusOf(plan, position);
      const common = { wave, plan, position, sequence: position + 1, date, status, progress: spec.progress } as const;
      const stayer = isPanel ? stayers.shift() : undefined;
      const counted = status !== 'draft' && status !== 'rejected';
      if (stayer) {
        const ageing = streamFor(seed, laterLabel(wave, `ageing/${stayer.minor.code}`)).chance(0.5) ? 1 : 0;
        stayer.minor.age = Math.min(20, stayer.minor.age + ageing);
        interviews.push(buildInterview(seed, { ...common, minor: stayer.minor, age: stayer.minor.age }));
        interviewed.push({ minor: stayer.minor, date, counted });
        return;
      }
      const recentOnly = streamFor(seed, laterLabel(wave, `recent/${plan.establishment}/${position}`)).chance(0.6);
      const minor = recruit(
        seed,
        `${wave}/${plan.establishment}/${position}`,
        plan.establishment,
        date,
        nextCode,
        recentOnly,
      );
      recruits.push(minor);
      interviews.push(buildInterview(seed, { ...common, minor, age: minor.person.age }));
      interviewed.push({ minor, date, counted });
    });
  }
  return { recruits, interviews, interviewed };
}

export function generateFieldwork(seed: number, scenario: DemoScenario = 'default'): Fieldwork {
  const nextCode = participantCodes(seed);
  const minors: Minor[] = [];
  const interviews: InterviewRecord[] = [];
  const w1Interviewed: Interviewed[] = [];

  for (const plan of W1_PLAN) {
    const total = plan.interviews + plan.rejected.length;
    for (let position = 0; position < total; position += 1) {
      const date = visitDate('W1', plan, position);
      const minor = recruit(seed, `W1/${plan.establishment}/${position}`, plan.establishment, date, nextCode, false);
      minors.push(minor);
      const rejected = plan.rejected.includes(position);
      interviews.push(
        buildInterview(seed, {
          wave: 'W1',
          plan,
          position,
          sequence: position + 1,
          minor,
          date,
          age: minor.person.age,
          status: rejected ? 'rejected' : 'validated',
          progress: 0,
        }),
      );
      w1Interviewed.push({ minor, date, counted: !rejected });
    }
  }

  for (const { minor, date } of w1Interviewed) followUntil(seed, minor, date, 'W2');
  const mandate = scenario === 'mandate';
  // In the mandate the supervisor has reviewed every interview of the later waves before their lock.
  const reviewed = () => 'validated' as const;
  const w2 = laterWave(
    seed,
    {
      wave: 'W2',
      plans: mandate ? W2_COMPLETE_PLAN : W2_PLAN,
      previous: w1Interviewed,
      statusOf: mandate ? reviewed : (plan, position) => w2Status(seed, plan, position),
      progress: 1,
    },
    nextCode,
  );
  minors.push(...w2.recruits);
  interviews.push(...w2.interviews);

  if (mandate) {
    for (const { minor, date } of w2.interviewed) followUntil(seed, minor, date, 'W3');
    const w3 = laterWave(
      seed,
      { wave: 'W3', plans: W3_PLAN, previous: w2.interviewed, statusOf: reviewed, progress: 2 },
      nextCode,
    );
    minors.push(...w3.recruits);
    interviews.push(...w3.interviews);
  }

  return {
    participants: minors.map((minor) => ({
      code: minor.code,
      current_status: minor.history.at(-1)?.status ?? 'detained',
    })),
    participantStatuses: minors.flatMap((minor) => minor.history),
    interviews,
  };
}
