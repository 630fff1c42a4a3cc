/**
 * The interviews an enumerator keeps on the device, and how each one's sync state moves. Pure: the
 * page stores and sends, these functions decide. Nothing typed is dropped by any transition: a
 * version replaced by the server's is kept in `setAside`.
 */

export interface Problem {
  readonly message: string;
  /** The server's Arabic wording of the same problem, for an Arabic-speaking enumerator. */
  readonly message_ar?: string;
  readonly question?: string;
  readonly column?: string;
}

/** The server's copy of an interview, as a conflict or a refresh shows it. */
export interface ServerCopy {
  readonly status: string;
  readonly reviewComment: string | null;
  readonly updatedAt: string | null;
  readonly answers: Readonly<Record<string, unknown>>;
}

export type SyncState =
  | { readonly kind: 'local' }
  | { readonly kind: 'sent'; readonly at: string; readonly serverStatus: string; readonly reviewComment: string | null }
  | { readonly kind: 'refused'; readonly at: string; readonly reason: string; readonly problems: readonly Problem[] }
  | { readonly kind: 'conflict'; readonly at: string; readonly server: ServerCopy };

export interface LocalInterview {
  /** Made on the device: the server's idempotency key, so a retried sync never creates a second row. */
  readonly code: string;
  readonly wave: number;
  /** Null for a follow-up interview of a released minor (issue 16), which names its `followup`. */
  readonly establishment: number | null;
  /** The follow-up (cohort member) a follow-up interview belongs to; absent from records made before. */
  readonly followup?: number | null;
  readonly instrumentVersion: number;
  readonly participant: string;
  readonly consentGuardian: boolean;
  readonly assentChild: boolean;
  readonly interviewDate: string;
  readonly startedAt: string;
  readonly durationMinutes: number | null;
  readonly answers: Readonly<Record<string, unknown>>;
  readonly status: 'draft' | 'submitted';
  /** Bumped by every local edit: a sync answer only settles the revision that was sent. */
  readonly revision: number;
  /** The server's `date_updated` this copy was last in step with; null before the first sync. */
  readonly baseUpdatedAt: string | null;
  readonly sync: SyncState;
  readonly setAside: ReadonlyArray<{
    readonly at: string;
    readonly answers: Readonly<Record<string, unknown>>;
    readonly status: string;
  }>;
}

export type LocalEdit = Partial<
  Pick<LocalInterview, 'participant' | 'consentGuardian' | 'assentChild' | 'answers' | 'status' | 'durationMinutes'>
>;

/** The body of `PUT /barometer/field/interviews/:code`. */
export interface SyncPayload {
  readonly wave: number;
  readonly establishment: number | null;
  readonly followup: number | null;
  readonly instrument_version: number;
  readonly participant: string;
  readonly consent_guardian: boolean;
  readonly assent_child: boolean;
  readonly interview_date: string;
  readonly duration_minutes: number | null;
  readonly answers: Readonly<Record<string, unknown>>;
  readonly status: 'draft' | 'submitted';
  readonly device_id: string;
  readonly base_updated: string | null;
}

export type SyncOutcome =
  | {
      readonly kind: 'accepted';
      readonly status: string;
      readonly updatedAt: string | null;
      readonly reviewComment: string | null;
    }
  | { readonly kind: 'refused'; readonly reason: string; readonly problems: readonly Problem[] }
  | { readonly kind: 'conflict'; readonly server: ServerCopy }
  /** No answer (offline, server down): the interview simply stays on the device. */
  | { readonly kind: 'unreachable'; readonly reason: string };

export function editLocally(record: LocalInterview, edit: LocalEdit): LocalInterview {
  return { ...record, ...edit, revision: record.revision + 1, sync: { kind: 'local' } };
}

/** Interviews to send: typed or changed since their last answer. Refused and conflicting ones wait for the enumerator. */
export function needsSync(record: LocalInterview): boolean {
  return record.sync.kind === 'local';
}

export function syncPayload(record: LocalInterview, deviceId: string): SyncPayload {
  return {
    wave: record.wave,
    establishment: record.establishment,
    followup: record.followup ?? null,
    instrument_version: record.instrumentVersion,
    participant: record.participant,
    consent_guardian: record.consentGuardian,
    assent_child: record.assentChild,
    interview_date: record.interviewDate,
    duration_minutes: record.durationMinutes,
    answers: record.answers,
    status: record.status,
    device_id: deviceId,
    base_updated: record.baseUpdatedAt,
  };
}

/**
 * The record after the server answered for `sentRevision`. An edit made while the request was in flight
 * keeps the record local (to be sent again) but takes the server's new base, so it is not a conflict.
 */
export function applyOutcome(
  record: LocalInterview,
  sentRevision: number,
  outcome: SyncOutcome,
  at: string,
): LocalInterview {
  const editedMeanwhile = record.revision !== sentRevision;
  switch (outcome.kind) {
    case 'accepted':
      return {
        ...record,
        baseUpdatedAt: outcome.updatedAt,
        sync: editedMeanwhile
          ? { kind: 'local' }
          : { kind: 'sent', at, serverStatus: outcome.status, reviewComment: outcome.reviewComment },
      };
    case 'refused':
      return editedMeanwhile
        ? record
        : { ...record, sync: { kind: 'refused', at, reason: outcome.reason, problems: outcome.problems } };
    case 'conflict':
      return { ...record, sync: { kind: 'conflict', at, server: outcome.server } };
    case 'unreachable':
      return record;
  }
}

/** After a conflict, the enumerator keeps its version: it is sent again over the server's. */
export function keepMine(record: LocalInterview): LocalInterview {
  if (record.sync.kind !== 'conflict') return record;
  return {
    ...record,
    baseUpdatedAt: record.sync.server.updatedAt,
    revision: record.revision + 1,
    sync: { kind: 'local' },
  };
}

/** After a conflict, the enumerator takes the server's version; its own is set aside, not dropped. */
export function takeServer(record: LocalInterview, at: string): LocalInterview {
  if (record.sync.kind !== 'conflict') return record;
  const { server } = record.sync;
  return {
    ...record,
    answers: server.answers,
    baseUpdatedAt: server.updatedAt,
    setAside: [...record.setAside, { at, answers: record.answers, status: record.status }],
    sync: { kind: 'sent', at, serverStatus: server.status, reviewComment: server.reviewComment },
  };
}

/**
 * A sent record brought up to date with what the server now holds (a supervisor validated or rejected
 * it). Only records with nothing unsent follow the server; the others meet it at their next sync.
 */
export function followServer(record: LocalInterview, server: ServerCopy, at: string): LocalInterview {
  if (record.sync.kind !== 'sent' || server.updatedAt === record.baseUpdatedAt) return record;
  return {
    ...record,
    answers: server.answers,
    status: server.status === 'draft' ? 'draft' : 'submitted',
    baseUpdatedAt: server.updatedAt,
    sync: { kind: 'sent', at, serverStatus: server.status, reviewComment: server.reviewComment },
  };
}

/** A rejected interview is the enumerator's to correct again, as in the app. */
export function reopenable(record: LocalInterview): boolean {
  return record.sync.kind !== 'sent' || record.sync.serverStatus === 'rejected' || record.sync.serverStatus === 'draft';
}
