/**
 * Who may read a released minor's contact details (issue 16, point 3): the role that traces ("Suivi
 * post-sortie"), and the enumerator assigned to that follow-up while it is not over. No one else, not
 * the coordinator nor the administrator: the details are not data of the barometer, only a way to reach
 * the family. Who may write them: the same, and an enumerator who interviewed the minor in detention
 * (where consent to be contacted is asked).
 */
export interface ContactRequester {
  readonly role: string;
  readonly user: string | null;
}

export interface FollowupAssignment {
  readonly enumerator: string | null;
  readonly ended: boolean;
}

export const CONTACT_TRACER_ROLE = 'followup';

/**
 * How a follow-up that does not exist is judged: assigned to no one and over. Who could not act on it is
 * refused as if it existed (403), so that a refusal never tells whether a released minor is followed;
 * only who may act learns that it does not exist (404).
 */
export const NO_FOLLOWUP: FollowupAssignment = { enumerator: null, ended: true };

export function mayRevealContact(requester: ContactRequester, followup: FollowupAssignment): boolean {
  if (requester.role === CONTACT_TRACER_ROLE) return true;
  return (
    requester.role === 'enumerator' &&
    requester.user !== null &&
    followup.enumerator === requester.user &&
    !followup.ended
  );
}

export function mayWriteContact(requester: ContactRequester, interviewedOrAssigned: boolean): boolean {
  if (requester.role === CONTACT_TRACER_ROLE || requester.role === 'admin') return true;
  return requester.role === 'enumerator' && interviewedOrAssigned;
}

/** Recording a tracing outcome: the tracing role, the assigned enumerator, or the administrator. */
export function mayRecordOutcome(requester: ContactRequester, followup: FollowupAssignment): boolean {
  if (requester.role === CONTACT_TRACER_ROLE || requester.role === 'admin') return true;
  return requester.role === 'enumerator' && requester.user !== null && followup.enumerator === requester.user;
}
