import { useApi } from '@directus/extensions-sdk';
import { useLoader, type Loader } from '../../shared-app/use-loader.ts';
import type { TracingOutcome } from '../../../../../core/followup/index.ts';

export interface CohortMember {
  readonly id: number;
  readonly wave: { readonly code: string };
  readonly participant: { readonly code: string };
  readonly from_establishment: { readonly code: string; readonly name: string } | null;
  readonly released_on: string;
  readonly window_start: string;
  readonly window_end: string;
  readonly outcome: TracingOutcome | null;
  readonly outcome_date: string | null;
  readonly enumerator: { readonly first_name: string | null; readonly last_name: string | null } | null;
}

/** The follow-up cohort of the open waves, as the tracing role reads it (its policy reads every follow-up). */
export function useTracerCohort(): Loader<readonly CohortMember[], []> {
  const api = useApi();
  return useLoader<readonly CohortMember[], []>([], async () => {
    const params = {
      filter: JSON.stringify({ wave: { status: { _eq: 'open' } } }),
      fields:
        'id,wave.code,participant.code,from_establishment.code,from_establishment.name,released_on,window_start,window_end,outcome,outcome_date,enumerator.first_name,enumerator.last_name',
      sort: 'window_start,id',
      limit: -1,
    };
    return (await api.get('/items/followups', { params })).data.data;
  });
}
