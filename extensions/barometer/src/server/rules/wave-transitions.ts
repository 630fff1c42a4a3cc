// The wave lifecycle planned -> open -> locked -> published, with locked -> open (unlock) for a
// coordinator with a reason. Each move is checked, written in one transaction with the wave row held
// FOR UPDATE (so interviews in flight either commit before the lock or are refused after it), and
// recorded in `wave_events` with who, when and why.
import { ForbiddenError } from '@directus/errors';
import type { Accountability } from '@directus/types';
import type { Knex } from 'knex';
import type { ItemsServiceLike } from '../http/context.ts';
import {
  checkTransitionReason,
  lockChecks,
  transition,
  UNREVIEWED_STATUSES,
  unreviewedCount,
  WAVE_STATUS_LABELS,
  type WaveAction,
  type WaveStatus,
} from '../../../../../core/waves/index.ts';
import { ConflictError, ValidationError } from '../http/errors.ts';
import { roleOf } from '../../shared/roles.ts';
import { prepareSnapshot, takeSnapshot } from '../figures/wave-figures.ts';
import type { WaveRecord } from '../db/wave-data.ts';

export interface TransitionRequest {
  action: WaveAction;
  reason?: string | undefined;
  excludeUnreviewed?: boolean | undefined;
}

const statusWord = (status: WaveStatus) => WAVE_STATUS_LABELS[status].fr.toLowerCase();

function target(wave: WaveRecord, action: WaveAction): WaveStatus {
  const move = transition(wave.status, wave.kind, action);
  if (!move.ok) {
    throw new ConflictError({
      reason: `La vague ${wave.code} est ${statusWord(wave.status)} : l’action « ${action} » n’est possible que depuis l’état ${move.allowedFrom.map(statusWord).join(' ou ')}.`,
    });
  }
  return move.to;
}

/** Items services in a transaction: the caller's own for the wave, bookkeeping ones for what the move implies. */
export type TransitionServices = (knex: Knex, collection: 'waves' | 'interviews') => Promise<ItemsServiceLike>;

async function lockPreconditions(
  transaction: Knex,
  services: TransitionServices,
  wave: WaveRecord,
  excludeUnreviewed: boolean,
): Promise<{ excluded: number }> {
  const withInterviews: Array<{ code: string }> = await transaction('interviews as i')
    .join('establishments as e', 'e.id', 'i.establishment')
    .where('i.wave', wave.id)
    .whereNull('i.followup')
    .distinct('e.code');
  const framed: Array<{ code: string }> = await transaction('population_frames as f')
    .join('establishments as e', 'e.id', 'f.establishment')
    .where('f.wave', wave.id)
    .select('e.code');
  // Follow-up interviews are not units of the detention sample the lock checks.
  const unreviewed = transaction('interviews')
    .where('wave', wave.id)
    .whereNull('followup')
    .whereIn('status', UNREVIEWED_STATUSES)
    .where((builder) => builder.where('excluded', false).orWhereNull('excluded'));
  const counts: Array<{ status: string; count: number | string }> = await unreviewed
    .clone()
    .groupBy('status')
    .select('status')
    .count({ count: '*' });
  const checks = lockChecks({
    statusCounts: Object.fromEntries(counts.map((row) => [row.status, Number(row.count)])),
    establishmentsWithInterviews: withInterviews.map((row) => row.code),
    framedEstablishments: framed.map((row) => row.code),
  });
  if (checks.unframed.length > 0) {
    throw new ValidationError({
      summary: `La vague ${wave.code} ne peut pas être verrouillée`,
      problems: checks.unframed.map((code) => ({
        column: 'establishment',
        message: `L’établissement ${code} a des entretiens mais pas de ligne dans la base de sondage.`,
      })),
    });
  }
  const total = unreviewedCount(checks);
  if (total === 0) return { excluded: 0 };
  if (!excludeUnreviewed) {
    const detail = [
      checks.drafts > 0 ? `${checks.drafts} brouillon(s)` : '',
      checks.submitted > 0 ? `${checks.submitted} soumis non relu(s)` : '',
    ]
      .filter(Boolean)
      .join(', ');
    throw new ConflictError({
      reason: `La vague ${wave.code} a encore ${detail}. Relisez-les, ou verrouillez en les excluant explicitement (exclude_unreviewed).`,
    });
  }
  // Through the items service, so that each excluded interview has its activity and revision.
  const ids: Array<{ id: number }> = await unreviewed.clone().select('id');
  await (
    await services(transaction, 'interviews')
  ).updateMany(
    ids.map((row) => row.id),
    { excluded: true },
    { emitEvents: false },
  );
  return { excluded: total };
}

export async function transitionWave(
  database: Knex,
  services: TransitionServices,
  wave: WaveRecord,
  request: TransitionRequest,
  accountability: Accountability | null,
  now: Date,
): Promise<{ status: WaveStatus; event: number; excluded: number; snapshot: number | null }> {
  const role = roleOf(accountability);
  if (role !== 'coordinator' && role !== 'admin') throw new ForbiddenError();
  const reason = checkTransitionReason(request.action, request.reason);
  if (!reason.ok) {
    throw new ValidationError({
      summary: reason.missing ? 'Motif obligatoire' : 'Motif refusé',
      problems: [{ column: 'reason', message: `${reason.fr} / ${reason.ar}` }],
    });
  }
  // The lock's figures are computed before its transaction holds the database (see prepareSnapshot).
  const prepared =
    request.action === 'lock' && transition(wave.status, wave.kind, 'lock').ok
      ? await prepareSnapshot(database, wave, now)
      : undefined;
  return database.transaction(async (transaction) => {
    const current: WaveStatus | undefined = (
      await transaction('waves').where('id', wave.id).forUpdate().first('status')
    )?.status;
    const held = { ...wave, status: current ?? wave.status };
    const status = target(held, request.action);
    if (request.action === 'open') {
      const versions = await transaction('waves_instrument_versions').where('waves_id', wave.id).first('id');
      if (!versions)
        throw new ConflictError({
          reason: `La vague ${wave.code} n’a aucune version de questionnaire : ajoutez-en une avant de l’ouvrir.`,
        });
    }
    const { excluded } =
      request.action === 'lock'
        ? await lockPreconditions(transaction, services, held, request.excludeUnreviewed ?? false)
        : { excluded: 0 };
    const stamps: Record<string, unknown> = { status };
    if (status === 'locked') stamps['locked_at'] = now.toISOString();
    if (status === 'published') stamps['published_at'] = now.toISOString();
    await (await services(transaction, 'waves')).updateOne(wave.id, stamps, { emitEvents: false });
    const snapshot =
      status === 'locked' ? await takeSnapshot(transaction, held, accountability?.user ?? null, now, prepared) : null;
    const [event] = await transaction('wave_events').insert(
      {
        wave: wave.id,
        from_status: held.status,
        to_status: status,
        reason: reason.text,
        details: JSON.stringify({ action: request.action, excluded, snapshot }),
        user_created: accountability?.user ?? null,
        date_created: now.toISOString(),
      },
      ['id'],
    );
    return { status, event: Number((event as { id: number } | undefined)?.id ?? 0), excluded, snapshot };
  });
}
