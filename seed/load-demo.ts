// Posts the invented demo (seed/demo) to Directus through its REST API, as the real users would:
// enumerators create their own interviews, the supervisor's reviews follow, then W1 is locked (and, in
// the mandate scenario, W2 and W3 as well).
// Idempotent: records are matched by code and only the missing ones are created.
import { login, type Api } from '../scripts/lib/api.ts';
import { demoDataOf, type DemoData } from './demo/data.ts';
import { seedFollowups } from './demo/followups.ts';
import type { DemoScenario, InterviewRecord, VersionRef, WaveRecord } from './demo/types.ts';
import { demoUser } from './demo-users.ts';

type Ids = Map<string, number>;

async function idsByCode(api: Api, collection: string): Promise<Ids> {
  const rows = await api.get<Array<{ id: number; code: string }>>(`/items/${collection}?fields=id,code&limit=-1`);
  return new Map(rows.map((row) => [row.code, row.id]));
}

function need(ids: Ids, code: string, what: string): number {
  const id = ids.get(code);
  if (id === undefined) throw new Error(`Demo seed: unknown ${what} ${code}`);
  return id;
}

/** Creates the records whose code is not there yet, in one batch (one transaction). */
async function createMissing<T extends { code: string }>(
  api: Api,
  collection: string,
  records: readonly T[],
  toPayload: (record: T) => object,
): Promise<Ids> {
  const existing = await idsByCode(api, collection);
  const missing = records.filter((record) => !existing.has(record.code));
  if (missing.length > 0) await api.post(`/items/${collection}`, missing.map(toPayload));
  return idsByCode(api, collection);
}

async function seedInstruments(api: Api, demoData: DemoData): Promise<Map<string, number>> {
  const instrumentIds = await createMissing(
    api,
    'instruments',
    demoData.instruments,
    ({ versions: _versions, ...instrument }) => instrument,
  );
  const versionIds = new Map<string, number>();
  for (const instrument of demoData.instruments) {
    const instrumentId = need(instrumentIds, instrument.code, 'instrument');
    for (const version of instrument.versions) {
      const key = versionKey({ instrument: instrument.code, version: version.version });
      const found = await api.get<Array<{ id: number }>>(
        `/items/instrument_versions?filter[instrument][_eq]=${instrumentId}&filter[version][_eq]=${version.version}&fields=id`,
      );
      if (found[0]) {
        versionIds.set(key, found[0].id);
        continue;
      }
      // Built as a draft, then published: a published version accepts no new questions.
      const created = await api.post<{ id: number }>('/items/instrument_versions', {
        instrument: instrumentId,
        version: version.version,
        status: 'draft',
        notes: version.notes,
        sections: version.sections,
      });
      const sections = await api.get<Array<{ id: number; code: string }>>(
        `/items/sections?filter[instrument_version][_eq]=${created.id}&fields=id,code&limit=-1`,
      );
      const sectionIds = new Map(sections.map((section) => [section.code, section.id]));
      await api.post(
        '/items/questions',
        version.questions.map((question) => ({
          ...question,
          instrument_version: created.id,
          section: need(sectionIds, question.section, 'section'),
        })),
      );
      await api.patch(`/items/instrument_versions/${created.id}`, {
        status: version.status,
        published_at: version.published_at,
      });
      versionIds.set(key, created.id);
    }
  }
  return versionIds;
}

function versionKey(reference: VersionRef): string {
  return `${reference.instrument}@${reference.version}`;
}

async function seedWaves(api: Api, demoData: DemoData, versionIds: Map<string, number>): Promise<Ids> {
  const all: WaveRecord[] = [demoData.baseline, ...demoData.waves];
  // Waves are created planned; their actions (open, lock, publish) bring them to the demo's status.
  const ids = await createMissing(api, 'waves', all, ({ status: _status, ...wave }) => ({
    ...wave,
    instrument_versions: wave.instrument_versions.map((reference) => ({
      instrument_versions_id: need(versionIds, versionKey(reference), 'version'),
    })),
  }));
  const stored = await api.get<Array<{ code: string; status: string }>>('/items/waves?fields=code,status&limit=-1');
  for (const wave of demoData.waves) {
    if (stored.find((row) => row.code === wave.code)?.status === 'planned')
      await api.post(`/barometer/waves/${wave.code}/open`);
  }
  return ids;
}

async function seedInterviews(
  api: Api,
  demoData: DemoData,
  ids: { waves: Ids; establishments: Ids; participants: Ids; versions: Map<string, number> },
): Promise<void> {
  const waves = await api.get<Array<{ code: string; status: string }>>('/items/waves?fields=code,status&limit=-1');
  const openWaves = new Set(waves.filter((wave) => wave.status === 'open').map((wave) => wave.code));
  const existing = await idsByCode(api, 'interviews');
  const pending = demoData.interviews.filter(
    (interview) => openWaves.has(interview.wave) && !existing.has(interview.code),
  );
  const byEnumerator = Map.groupBy(pending, (interview) => interview.enumerator);
  for (const [key, interviews] of byEnumerator) {
    const user = demoUser(key);
    const enumerator = await login(api.url, user.email, user.password);
    await enumerator.post(
      '/items/interviews',
      interviews.map((interview) => ({
        code: interview.code,
        wave: need(ids.waves, interview.wave, 'wave'),
        participant: need(ids.participants, interview.participant, 'participant'),
        establishment: need(ids.establishments, interview.establishment, 'establishment'),
        instrument_version: need(ids.versions, versionKey(interview.instrument_version), 'version'),
        consent_guardian: interview.consent_guardian,
        assent_child: interview.assent_child,
        interview_date: interview.interview_date,
        duration_minutes: interview.duration_minutes,
        answers: interview.answers,
        status: interview.status === 'draft' ? 'draft' : 'submitted',
      })),
    );
  }
  await applyReviews(api, pending);
}

async function applyReviews(api: Api, interviews: readonly InterviewRecord[]): Promise<void> {
  const reviewed = interviews.filter(
    (interview) => interview.status === 'validated' || interview.status === 'rejected',
  );
  if (reviewed.length === 0) return;
  const ids = await idsByCode(api, 'interviews');
  await api.request(
    'PATCH',
    '/items/interviews',
    reviewed.map((interview) => ({
      id: need(ids, interview.code, 'interview'),
      status: interview.status,
      review_comment: interview.review_comment,
      reviewed_by: interview.reviewed_by ? demoUser(interview.reviewed_by).id : null,
      reviewed_at: interview.reviewed_at,
    })),
  );
}

export async function seedDemoData(api: Api, scenario: DemoScenario = 'default'): Promise<void> {
  const demoData = demoDataOf(scenario);
  const establishments = await createMissing(api, 'establishments', demoData.establishments, (record) => record);
  const dimensions = await createMissing(api, 'dimensions', demoData.dimensions, (record) => record);
  await createMissing(api, 'indicators', demoData.indicators, (record) => ({
    ...record,
    dimension: need(dimensions, record.dimension, 'dimension'),
  }));
  const indicators = await createMissing(api, 'indicators', demoData.frameworkIndicators, (record) => record);
  await seedStandards(api, demoData, indicators);
  const versions = await seedInstruments(api, demoData);
  const waves = await seedWaves(api, demoData, versions);
  const participants = await createMissing(api, 'participants', demoData.participants, (record) => record);

  const freshWaves = new Set(await codesWithoutRows(api, 'population_frames', waves));
  const frames = demoData.frames.filter((frame) => freshWaves.has(frame.wave));
  if (frames.length > 0) {
    await api.post(
      '/items/population_frames',
      frames.map((frame) => ({
        wave: need(waves, frame.wave, 'wave'),
        establishment: need(establishments, frame.establishment, 'establishment'),
        population: frame.population,
        target: frame.target,
      })),
    );
  }
  const wavesWithoutEstimates = new Set(await codesWithoutRows(api, 'external_estimates', waves));
  const estimates = demoData.externalEstimates.filter((estimate) => wavesWithoutEstimates.has(estimate.wave));
  if (estimates.length > 0) {
    await api.post(
      '/items/external_estimates',
      estimates.map((estimate) => ({
        ...estimate,
        wave: need(waves, estimate.wave, 'wave'),
        indicator: need(indicators, estimate.indicator, 'indicator'),
      })),
    );
  }
  const assignmentWaves = new Set(await codesWithoutRows(api, 'assignments', waves));
  const assignments = demoData.assignments.filter((assignment) => assignmentWaves.has(assignment.wave));
  if (assignments.length > 0) {
    await api.post(
      '/items/assignments',
      assignments.map((assignment) => ({
        user: demoUser(assignment.user).id,
        wave: need(waves, assignment.wave, 'wave'),
        establishment: need(establishments, assignment.establishment, 'establishment'),
      })),
    );
  }
  if ((await count(api, 'participant_statuses')) === 0) {
    await api.post(
      '/items/participant_statuses',
      demoData.participantStatuses.map((status) => ({
        ...status,
        participant: need(participants, status.participant, 'participant'),
        establishment: status.establishment ? need(establishments, status.establishment, 'establishment') : null,
      })),
    );
  }
  await seedInterviews(api, demoData, { waves, establishments, participants, versions });
  await seedDraws(api, demoData, waves);
  await seedRecommendations(api, demoData, { waves, dimensions, indicators });
  // While W2 is open: its follow-up interviews are entered in it.
  await seedFollowups(api);
  await applyWaveStatuses(api, demoData);
}

/**
 * The recommendations with their addressee, indicators and rules, once; then their follow-up at the later
 * waves, a row per recommendation and wave, once (a closed wave's rows are frozen: the follow-up is seeded
 * while its wave is open).
 */
async function seedRecommendations(
  api: Api,
  demoData: DemoData,
  ids: { waves: Ids; dimensions: Ids; indicators: Ids },
): Promise<void> {
  const institutions = await createMissing(api, 'institutions', demoData.institutions, (record) => record);
  if ((await count(api, 'recommendations')) === 0) {
    const rules = await idsByCode(api, 'standard_rules');
    await api.post(
      '/items/recommendations',
      demoData.recommendations.map(({ indicators, rules: ruleCodes, ...recommendation }) => ({
        ...recommendation,
        wave: need(ids.waves, recommendation.wave, 'wave'),
        dimension: need(ids.dimensions, recommendation.dimension, 'dimension'),
        institution: need(institutions, recommendation.institution, 'institution'),
        indicators: indicators.map((code) => ({ indicators_id: need(ids.indicators, code, 'indicator') })),
        rules: ruleCodes.map((code) => ({ standard_rules_id: need(rules, code, 'standard rule') })),
      })),
    );
  }
  if ((await count(api, 'recommendation_followups')) === 0) {
    const bySort = new Map(
      (await api.get<Array<{ id: number; sort: number }>>('/items/recommendations?fields=id,sort&limit=-1')).map(
        (row) => [row.sort, row.id],
      ),
    );
    await api.post(
      '/items/recommendation_followups',
      demoData.followUps.map((followUp) => ({
        ...followUp,
        recommendation: bySort.get(followUp.recommendation),
        wave: need(ids.waves, followUp.wave, 'wave'),
      })),
    );
  }
}

/** The normative framework: instruments and rules matched by code, links created once per indicator. */
async function seedStandards(api: Api, demoData: DemoData, indicators: Ids): Promise<void> {
  const instruments = await createMissing(
    api,
    'standard_instruments',
    demoData.standardInstruments,
    (record) => record,
  );
  const rules = await createMissing(api, 'standard_rules', demoData.standardRules, (record) => ({
    ...record,
    instrument: need(instruments, record.instrument, 'standard instrument'),
  }));
  const linked = new Set(
    (
      await api.get<Array<{ indicator: number }>>(
        '/items/indicator_standards?groupBy[]=indicator&aggregate[count]=*&limit=-1',
      )
    ).map((row) => row.indicator),
  );
  const links = demoData.indicatorStandards.filter(
    (link) => !linked.has(need(indicators, link.indicator, 'indicator')),
  );
  if (links.length > 0) {
    await api.post(
      '/items/indicator_standards',
      links.map((link) => ({
        ...link,
        indicator: need(indicators, link.indicator, 'indicator'),
        rule: need(rules, link.rule, 'standard rule'),
      })),
    );
  }
}

/**
 * Draws a wave's sample as the coordinator does, with the CSV of the lists and the seed, for the waves
 * that have no draw yet; after the interviews, so that W1's respondents come first as the panel.
 */
async function seedDraws(api: Api, demoData: DemoData, waves: Ids): Promise<void> {
  const fresh = new Set(await codesWithoutRows(api, 'sample_draws', waves));
  const pending = demoData.draws.filter((draw) => fresh.has(draw.wave));
  if (pending.length === 0) return;
  const user = demoUser('coordinator');
  const coordinator = await login(api.url, user.email, user.password);
  for (const { wave, seed, lists } of pending) {
    const csv = [
      'establishment_code,participant_code',
      ...lists.flatMap(({ establishment, codes }) => codes.map((code) => `${establishment},${code}`)),
    ].join('\n');
    await coordinator.request('POST', `/barometer/waves/${wave}/draws?seed=${encodeURIComponent(seed)}`, csv, {
      'content-type': 'text/csv',
    });
  }
}

/** Brings each demo wave to its final status through the wave actions (lock stores the figures). */
async function applyWaveStatuses(api: Api, demoData: DemoData): Promise<void> {
  const stored = await api.get<Array<{ code: string; status: string }>>('/items/waves?fields=code,status&limit=-1');
  const statusOf = (code: string) => stored.find((row) => row.code === code)?.status;
  for (const wave of demoData.waves) {
    if (statusOf(wave.code) === 'open' && (wave.status === 'locked' || wave.status === 'published'))
      await api.post(`/barometer/waves/${wave.code}/lock`);
  }
  if (statusOf(demoData.baseline.code) === 'planned' && demoData.baseline.status === 'published')
    await api.post(`/barometer/waves/${demoData.baseline.code}/publish`);
}

/** The wave codes that have no row yet in a collection with a `wave` field. */
async function codesWithoutRows(api: Api, collection: string, waves: Ids): Promise<string[]> {
  const rows = await api.get<Array<{ wave: number }>>(
    `/items/${collection}?groupBy[]=wave&aggregate[count]=*&limit=-1`,
  );
  const present = new Set(rows.map((row) => row.wave));
  return [...waves].filter(([, id]) => !present.has(id)).map(([code]) => code);
}

async function count(api: Api, collection: string): Promise<number> {
  const rows = await api.get<Array<{ count: number | string }>>(`/items/${collection}?aggregate[count]=*`);
  return Number(rows[0]?.count ?? 0);
}
