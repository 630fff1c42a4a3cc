// CSV rows (one interview each) turned into interview states, column by column, with every problem
// located by row and column; then checked exactly like an interview entered in the app.
import type { Knex } from 'knex';
import { PARTICIPANT_CODE_PATTERN } from '../../../../../core/draw/index.ts';
import type { QuestionType } from '../../../../../core/questionnaire/index.ts';
import { mapSubmissionExport, type SubmissionQuestion } from '../../../../../core/submissions/index.ts';
import { parseStoredVersionExtras } from '../../../../../core/xlsform/index.ts';
import { eventLoopSlicer } from '../db/batches.ts';
import type { CsvTable } from '../http/csv-body.ts';
import type { Problem } from '../http/errors.ts';
import {
  checkInterviewIn,
  createdStatusMessage,
  interviewContext,
  mayCreateWithStatus,
  type Actor,
  type InterviewContext,
  type InterviewState,
  type InterviewStatus,
} from '../rules/interviews.ts';
import { roleKeyOf } from '../../shared/roles.ts';
import { questionnaireOf } from '../db/version-cache.ts';

const REQUIRED_COLUMNS = ['interview_code', 'participant_code', 'establishment_code'];
const OPTIONAL_COLUMNS = [
  'consent_guardian',
  'assent_child',
  'enumerator_email',
  'interview_date',
  'status',
  'instrument_version',
  'duration_minutes',
];
const STATUSES: InterviewStatus[] = ['draft', 'submitted', 'validated', 'rejected'];
const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export interface PreparedInterview {
  line: number;
  code: string;
  participantCode: string;
  enumerator: string | null;
  interviewDate: string | null;
  durationMinutes: number | null;
  state: Omit<InterviewState, 'participant' | 'establishment'> & { establishment: number };
}

function yesNo(value: string): boolean | null {
  const normalised = value.trim().toLowerCase();
  if (['yes', 'oui', 'true', '1'].includes(normalised)) return true;
  if (['no', 'non', 'false', '0', ''].includes(normalised)) return false;
  return null;
}

function convert(type: QuestionType, raw: string): { value?: unknown; error?: string } {
  if (raw === '') return {};
  switch (type) {
    case 'integer':
      return /^-?\d+$/.test(raw) ? { value: Number(raw) } : { error: `« ${raw} » n’est pas un nombre entier.` };
    case 'decimal': {
      const value = Number(raw.replace(',', '.'));
      return Number.isFinite(value) ? { value } : { error: `« ${raw} » n’est pas un nombre.` };
    }
    case 'select_multiple':
      return { value: raw.split(/\s+/).filter(Boolean) };
    case 'calculate':
      return {};
    default:
      return { value: raw };
  }
}

export async function prepareInterviews(
  database: Knex,
  wave: { id: number; code: string },
  upload: CsvTable,
  today: string,
  importer: Actor,
): Promise<{ problems: Problem[]; interviews: PreparedInterview[] }> {
  const problems: Problem[] = [];
  const versionRows: Array<{ id: number; version: number; xlsform: unknown }> = await database(
    'waves_instrument_versions as l',
  )
    .join('instrument_versions as v', 'v.id', 'l.instrument_versions_id')
    .where('l.waves_id', wave.id)
    .orderBy('v.version', 'desc')
    .select('v.id', 'v.version', 'v.xlsform');
  const versions = new Map<number, Map<string, QuestionType>>();
  const submissionQuestions = new Map<string, SubmissionQuestion>();
  const unasked = new Set<string>();
  const inRepeat = new Map<string, string>();
  for (const row of versionRows) {
    const loaded = await questionnaireOf(database, row.id);
    const questions = loaded?.questionnaire.questions ?? [];
    versions.set(row.id, new Map(questions.map((question) => [question.code, question.type])));
    for (const question of questions) {
      const repeat = question.type === 'repeat' ? question.code : question.repeat;
      if (repeat) inRepeat.set(question.code, repeat);
      const choices = question.choices.map((choice) => choice.value);
      if (!submissionQuestions.has(question.code))
        submissionQuestions.set(question.code, { type: question.type, choices });
    }
    for (const kept of parseStoredVersionExtras(row.xlsform).keptRows ?? []) {
      if (kept.cells['name'] !== undefined) unasked.add(kept.cells['name']);
    }
  }
  const questionTypes = new Map([...versions.values()].flatMap((codes) => [...codes]));
  // A KoboToolbox or ODK Central export of the form is read as the barometer's own columns.
  const mapped = mapSubmissionExport(upload, submissionQuestions, unasked);
  if (!mapped.ok) return { problems: [...mapped.problems], interviews: [] };
  const { table } = mapped;
  for (const column of REQUIRED_COLUMNS) {
    if (!table.header.includes(column))
      problems.push({ row: 1, column, message: `Colonne obligatoire « ${column} » absente.` });
  }
  for (const column of table.header) {
    const repeat = inRepeat.get(column);
    if (repeat !== undefined) {
      problems.push({
        row: 1,
        column,
        message: `« ${column} » appartient à la répétition « ${repeat} » : un CSV a une ligne par entretien et ne porte pas les instances d’une répétition (KoboToolbox et ODK Central les exportent dans une feuille ou un fichier à part). Retirez cette colonne : les autres réponses s’importent, la répétition se saisit dans l’application.`,
      });
    } else if (!REQUIRED_COLUMNS.includes(column) && !OPTIONAL_COLUMNS.includes(column) && !questionTypes.has(column)) {
      problems.push({
        row: 1,
        column,
        message: `« ${column} » n’est ni une colonne connue ni un code de question de la vague ${wave.code}.`,
      });
    }
  }
  if (problems.length > 0) return { problems, interviews: [] };

  const establishments = new Map(
    (await database('establishments').select('id', 'code')).map((row: { id: number; code: string }) => [
      row.code,
      row.id,
    ]),
  );
  const users = new Map(
    (await database('directus_users').select('id', 'email', 'role')).map(
      (row: { id: string; email: string | null; role: string | null }) => [
        (row.email ?? '').toLowerCase(),
        { id: row.id, role: roleKeyOf([row.role]) },
      ],
    ),
  );
  const existingCodes = new Set((await database('interviews').select('code')).map((row: { code: string }) => row.code));
  const seen = new Set<string>();
  const interviews: PreparedInterview[] = [];
  // Rows share their wave's facts by establishment, version and enumerator: read once for each.
  const contexts = new Map<string, InterviewContext>();
  const pause = eventLoopSlicer();
  for (const { line, cells } of table.rows) {
    await pause();
    const at = (column: string, message: string) => problems.push({ row: line, column, message });
    const code = cells['interview_code'] ?? '';
    if (!CODE_PATTERN.test(code)) at('interview_code', 'Code d’entretien manquant ou invalide.');
    else if (seen.has(code) || existingCodes.has(code))
      at('interview_code', `Le code d’entretien ${code} existe déjà.`);
    seen.add(code);
    const participantCode = cells['participant_code'] ?? '';
    if (!PARTICIPANT_CODE_PATTERN.test(participantCode))
      at('participant_code', 'Code participant manquant ou invalide.');
    const establishment = establishments.get(cells['establishment_code'] ?? '');
    if (establishment === undefined)
      at('establishment_code', `Établissement « ${cells['establishment_code'] ?? ''} » inconnu.`);
    const versionNumber = cells['instrument_version'];
    const version = versionNumber ? versionRows.find((row) => String(row.version) === versionNumber) : versionRows[0];
    if (!version) at('instrument_version', `La vague ${wave.code} n’utilise pas la version ${versionNumber ?? ''}.`);
    const status = (cells['status'] || 'submitted') as InterviewStatus;
    if (!STATUSES.includes(status))
      at('status', `Statut « ${cells['status'] ?? ''} » inconnu (draft, submitted, validated, rejected).`);
    else if (!mayCreateWithStatus(status, importer)) at('status', createdStatusMessage(status));
    const consent = yesNo(cells['consent_guardian'] ?? '');
    const assent = yesNo(cells['assent_child'] ?? '');
    if (consent === null) at('consent_guardian', 'Répondez yes ou no.');
    if (assent === null) at('assent_child', 'Répondez yes ou no.');
    const email = (cells['enumerator_email'] ?? '').toLowerCase();
    const user = email ? users.get(email) : undefined;
    if (email && !user) at('enumerator_email', `Aucun utilisateur ${email}.`);
    // The one named here becomes the interview's author: a supervisor named so could then validate its own interview.
    if (user && user.role !== 'enumerator')
      at(
        'enumerator_email',
        `${email} n’est pas un enquêteur : un entretien est saisi par un enquêteur et révisé par un autre.`,
      );
    const enumerator = user?.role === 'enumerator' ? user.id : null;
    const interviewDate = cells['interview_date'] || null;
    if (interviewDate && !/^\d{4}-\d{2}-\d{2}$/.test(interviewDate))
      at('interview_date', 'Date attendue au format AAAA-MM-JJ.');
    const duration = cells['duration_minutes'] ? Number(cells['duration_minutes']) : null;
    if (duration !== null && !(Number.isInteger(duration) && duration >= 0))
      at('duration_minutes', 'Durée en minutes attendue.');
    const types = version
      ? (versions.get(version.id) ?? new Map<string, QuestionType>())
      : new Map<string, QuestionType>();
    const answers: Record<string, unknown> = {};
    for (const column of table.header) {
      const type = types.get(column);
      if (!type) continue;
      const converted = convert(type, cells[column] ?? '');
      if (converted.error) at(column, converted.error);
      else if (converted.value !== undefined) answers[column] = converted.value;
    }
    if (establishment === undefined || !version || consent === null || assent === null) continue;
    const state = {
      wave: wave.id,
      establishment,
      // The file's rows are detention interviews: it has an establishment column and no cohort member.
      followup: null,
      instrument_version: version.id,
      answers,
      status,
      consent_guardian: consent,
      assent_child: assent,
      review_comment: null,
      interview_date: interviewDate,
    };
    const actor: Actor = enumerator ? { role: 'enumerator', user: enumerator } : { role: 'coordinator', user: null };
    const key = `${establishment}:${version.id}:${enumerator ?? ''}`;
    let context = contexts.get(key);
    if (!context) {
      context = await interviewContext(database, { ...state, participant: 0 }, actor);
      contexts.set(key, context);
    }
    const checked = checkInterviewIn(context, { ...state, participant: 0 }, today);
    for (const problem of checked.problems) at(problem.question ?? problem.column ?? '', problem.message);
    interviews.push({
      line,
      code,
      participantCode,
      enumerator,
      interviewDate,
      durationMinutes: duration,
      state: { ...state, answers: checked.answers },
    });
  }
  problems.push(
    ...(await beyondPopulation(
      database,
      wave.id,
      interviews,
      new Map([...establishments].map(([code, id]) => [id, code])),
    )),
  );
  return { problems, interviews };
}

/**
 * An establishment cannot hold more interviews than minors (N_h): the estimators' finite population
 * correction would turn negative and every reader of the wave would fail. Refused at the import, on the
 * first row that goes beyond, rather than found later by each indicator, lock and report.
 */
async function beyondPopulation(
  database: Knex,
  wave: number,
  interviews: readonly PreparedInterview[],
  codes: ReadonlyMap<number, string>,
): Promise<Problem[]> {
  const populations = new Map(
    (await database('population_frames').where('wave', wave).select('establishment', 'population')).map(
      (row: { establishment: number; population: number }) => [Number(row.establishment), Number(row.population)],
    ),
  );
  const held = new Map(
    (
      await database('interviews')
        .where('wave', wave)
        .whereNull('followup')
        .groupBy('establishment')
        .select('establishment')
        .count('* as n')
    ).map((row) => [Number(row['establishment']), Number(row['n'])]),
  );
  const problems: Problem[] = [];
  for (const {
    line,
    state: { establishment },
  } of interviews) {
    const count = (held.get(establishment) ?? 0) + 1;
    held.set(establishment, count);
    const population = populations.get(establishment);
    if (population !== undefined && count === population + 1) {
      problems.push({
        row: line,
        column: 'establishment_code',
        message: `${codes.get(establishment) ?? establishment} : plus d’entretiens (${count}) que de mineurs dans la base de sondage (${population}).`,
      });
    }
  }
  return problems;
}
