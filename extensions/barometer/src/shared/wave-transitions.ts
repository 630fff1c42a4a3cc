// The wave lifecycle planned -> open -> locked -> published, with locked -> open (unlock) for a
// coordinator with a reason. Each move is checked, written in one transaction with the wave row held
// FOR UPDATE (so interviews in flight either commit before the lock or are refused after it), and
// recorded in `wave_events` with who, when and why.
import { ForbiddenError } from '@directus/errors';
import type { Accountability } from '@directus/types';
import type { Knex } from 'knex';
import type { ItemsServiceLike } from './context.ts';
import { checkText, REASON } from '../../../../core/text/index.ts';
import { ConflictError, ValidationError } from './errors.ts';
import { roleOf } from './roles.ts';
import { takeSnapshot } from './wave-figures.ts';
import type { WaveRecord } from './wave-data.ts';

export type WaveAction = 'open' | 'lock' | 'unlock' | 'publish';

export interface TransitionRequest {
  action: WaveAction;
  reason?: string | undefined;
  excludeUnreviewed?: boolean | undefined;
}

const STATUS_LABEL: Record<WaveRecord['status'], string> = {
  planned: 'planifiée',
  open: 'ouverte',
  locked: 'verrouillée',
  published: 'publiée',
};

function target(wave: WaveRecord, action: WaveAction): WaveRecord['status'] {
  const allowed: Record<WaveAction, { from: Array<WaveRecord['status']>; to: WaveRecord['status'] }> = {
    open: { from: ['planned'], to: 'open' },
    lock: { from: ['open'], to: 'locked' },
    unlock: { from: ['locked'], to: 'open' },
    // A baseline holds external estimates only: it is published without fieldwork.
    publish: { from: wave.kind === 'baseline' ? ['planned', 'locked'] : ['locked'], to: 'published' },
  };
  const rule = allowed[action];
  if (!rule.from.includes(wave.status)) {
    throw new ConflictError({
      reason: `La vague ${wave.code} est ${STATUS_LABEL[wave.status]} : l’action « ${action} » n’est possible que depuis l’état ${rule.from.map((status) => STATUS_LABEL[status]).join(' ou ')}.`,
    });
  }
  return rule.to;
}

/** Items services in a transaction: the caller's own for the wave, bookkeeping ones for what the move implies. */
export type TransitionServices = (knex: Knex, collection: 'waves' | 'interviews') => Promise<ItemsServiceLike>;

async function lockPreconditions(
  transaction: Knex,
  services: TransitionServices,
  wave: WaveRecord,
  excludeUnreviewed: boolean,
): Promise<{ excluded: number }> {
  const unframed: Array<{ code: string }> = await transaction('interviews as i')
    .join('establishments as e', 'e.id', 'i.establishment')
    .leftJoin('population_frames as f', function joinFrame() {
      this.on('f.establishment', '=', 'i.establishment').andOn('f.wave', '=', 'i.wave');
    })
    .where('i.wave', wave.id)
    .whereNull('f.id')
    .distinct('e.code');
  if (unframed.length > 0) {
    throw new ValidationError({
      summary: `La vague ${wave.code} ne peut pas être verrouillée`,
      problems: unframed.map((row) => ({
        column: 'establishment',
        message: `L’établissement ${row.code} a des entretiens mais pas de ligne dans la base de sondage.`,
      })),
    });
  }
  const unreviewed = transaction('interviews')
    .where('wave', wave.id)
    .whereIn('status', ['draft', 'submitted'])
    .where((builder) => builder.where('excluded', false).orWhereNull('excluded'));
  const counts: Array<{ status: string; count: number | string }> = await unreviewed
    .clone()
    .groupBy('status')
    .select('status')
    .count({ count: '*' });
  const total = counts.reduce((sum, row) => sum + Number(row.count), 0);
  if (total === 0) return { excluded: 0 };
  if (!excludeUnreviewed) {
    const detail = counts
      .map((row) => `${row.count} ${row.status === 'draft' ? 'brouillon(s)' : 'soumis non relu(s)'}`)
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
): Promise<{ status: WaveRecord['status']; event: number; excluded: number; snapshot: number | null }> {
  const role = roleOf(accountability);
  if (role !== 'coordinator' && role !== 'admin') throw new ForbiddenError();
  const reason = request.reason === undefined ? null : checkText(request.reason, REASON);
  if (reason && !reason.ok) {
    throw new ValidationError({
      summary: 'Motif refusé',
      problems: [{ column: 'reason', message: `Le motif ${reason.fr}. / السبب ${reason.ar}.` }],
    });
  }
  if (request.action === 'unlock' && !reason) {
    throw new ValidationError({
      summary: 'Motif obligatoire',
      problems: [
        {
          column: 'reason',
          message:
            'Indiquez pourquoi la vague est déverrouillée (5 caractères visibles au moins). / اذكر سبب فتح الموجة.',
        },
      ],
    });
  }
  return database.transaction(async (transaction) => {
    const current: WaveRecord['status'] | undefined = (
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
      status === 'locked' ? await takeSnapshot(transaction, held, accountability?.user ?? null, now) : null;
    const [event] = await transaction('wave_events').insert(
      {
        wave: wave.id,
        from_status: held.status,
        to_status: status,
        reason: reason?.ok ? reason.text : null,
        details: JSON.stringify({ action: request.action, excluded, snapshot }),
        user_created: accountability?.user ?? null,
        date_created: now.toISOString(),
      },
      ['id'],
    );
    return { status, event: Number((event as { id: number } | undefined)?.id ?? 0), excluded, snapshot };
  });
}
