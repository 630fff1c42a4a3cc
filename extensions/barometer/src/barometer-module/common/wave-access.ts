// What a wave's page shows to whom: only the parts the server answers the signed-in user, so that a
// supervisor or an enumerator gets the page with what they may see instead of one that fails on the
// first refused call.
import {
  COHORT_READERS,
  DRAW_READERS,
  DRAW_RUNNERS,
  INTERVIEWERS,
  QUALITY_CHECKERS,
  REVIEWERS,
  TRACERS,
  type RoleKey,
} from '../../shared/roles.ts';

export interface WaveAccess {
  /** Lifecycle actions and CSV imports: the wave routes accept coordinators only. */
  readonly manage: boolean;
  /** The coverage endpoint reads the frame with the caller's rights. */
  readonly coverage: boolean;
  readonly results: boolean;
  readonly reports: boolean;
  readonly recommendations: boolean;
  readonly history: boolean;
  /** Who made each move of the history: coordination only, not analysts. */
  readonly historyAuthors: boolean;
  readonly draws: boolean;
  readonly runDraws: boolean;
  /** Data quality and attrition: routes/quality.ts answers these roles only. */
  readonly quality: boolean;
  /** The module navigation's link to the indicators' items, which an enumerator may not read. */
  readonly indicators: boolean;
  /** The enumerator's page of its interviews to do and to correct. */
  readonly enter: boolean;
  /** The review queue and the review buttons on a submitted interview. */
  readonly review: boolean;
  /** The follow-up cohort's figures: routes/followups.ts answers these roles only. */
  readonly cohort: boolean;
  /** The tracing page of the released minors (reveal, erase, outcome). */
  readonly trace: boolean;
}

/** routes/waves.ts (lifecycle, imports) and the report's build check coordinators. */
const COORDINATION: ReadonlySet<RoleKey> = new Set(['admin', 'coordinator']);
/** routes/indicators.ts answers the score and the estimates to these only. */
const RESULT_READERS: ReadonlySet<RoleKey> = new Set(['admin', 'coordinator', 'analyst']);

/**
 * `mayRead`: whether the user may read a collection at all (the app's permissions store), for the
 * sections that are Directus items; the endpoints' own role checks for the others.
 */
export function waveAccess(role: RoleKey, mayRead: (collection: string) => boolean): WaveAccess {
  return {
    manage: COORDINATION.has(role),
    coverage: mayRead('population_frames'),
    results: RESULT_READERS.has(role),
    reports: mayRead('reports'),
    recommendations: mayRead('recommendations'),
    history: mayRead('wave_events'),
    // By role, not by the app's permissions store: every role reads its own user, which does not open
    // the authors' field of the journal to an analyst.
    historyAuthors: COORDINATION.has(role) && mayRead('wave_events'),
    draws: DRAW_READERS.has(role),
    runDraws: DRAW_RUNNERS.has(role),
    quality: QUALITY_CHECKERS.has(role),
    indicators: mayRead('indicators'),
    enter: INTERVIEWERS.has(role),
    review: REVIEWERS.has(role),
    cohort: COHORT_READERS.has(role),
    trace: TRACERS.has(role),
  };
}
