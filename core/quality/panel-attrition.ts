// The panel followed from one wave to the next: who answered the previous wave, who was interviewed
// again, and why the others were not, read from each minor's latest recorded status.

/** Why a previous respondent was not interviewed again; `detained` covers a minor with no recorded move. */
export const ATTRITION_REASONS = ['released', 'transferred', 'lost', 'detained'] as const;
export type AttritionReason = (typeof ATTRITION_REASONS)[number];

export interface PreviousRespondent {
  readonly participant: string;
  /** Where the previous wave interviewed the minor. */
  readonly establishment: string | null;
}

export interface StatusRecord {
  readonly participant: string;
  readonly status: string;
  /** ISO day. */
  readonly date: string;
}

export interface AttritionInput {
  /** One entry per minor interviewed (counted) in the previous wave. */
  readonly previous: readonly PreviousRespondent[];
  /** Minors interviewed in this wave. */
  readonly interviewed: ReadonlySet<string>;
  /** Status history, in the order it was recorded; a later entry wins over one of the same day. */
  readonly statuses: readonly StatusRecord[];
  /** Statuses dated after this ISO day are ignored. */
  readonly asOf: string;
}

export interface LeftPanel extends PreviousRespondent {
  readonly reason: AttritionReason;
  /** The date of the status that gives the reason; null when none is recorded. */
  readonly statusDate: string | null;
}

export interface PanelAttrition {
  readonly previousRespondents: number;
  readonly reinterviewed: number;
  readonly counts: Readonly<Record<AttritionReason, number>>;
  /** The minors not interviewed again, by participant code. */
  readonly participants: readonly LeftPanel[];
}

function reasonOf(status: string | undefined): AttritionReason {
  return status === 'released' || status === 'transferred' || status === 'lost' ? status : 'detained';
}

export function panelAttrition({ previous, interviewed, statuses, asOf }: AttritionInput): PanelAttrition {
  const latest = new Map<string, StatusRecord>();
  for (const record of statuses) {
    const known = latest.get(record.participant);
    if (record.date <= asOf && (!known || record.date >= known.date)) latest.set(record.participant, record);
  }
  // A minor interviewed twice in the previous wave is one respondent, placed by the first interview.
  const respondents = new Map<string, PreviousRespondent>();
  for (const entry of previous) if (!respondents.has(entry.participant)) respondents.set(entry.participant, entry);
  const participants = [...respondents.values()]
    .filter((entry) => !interviewed.has(entry.participant))
    .map((entry): LeftPanel => {
      const status = latest.get(entry.participant);
      return { ...entry, reason: reasonOf(status?.status), statusDate: status?.date ?? null };
    })
    .sort((a, b) => (a.participant < b.participant ? -1 : 1));
  const counts = Object.fromEntries(
    ATTRITION_REASONS.map((reason) => [reason, participants.filter((entry) => entry.reason === reason).length]),
  ) as Record<AttritionReason, number>;
  return {
    previousRespondents: respondents.size,
    reinterviewed: respondents.size - participants.length,
    counts,
    participants,
  };
}
