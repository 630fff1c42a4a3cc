import { useApi } from '@directus/extensions-sdk';
import { useLoader, type Loader } from '../../shared-app/use-loader.ts';
import type { FollowUpStatus } from '../../../../../core/recommendations/index.ts';

export interface EarlierRecommendation {
  readonly id: number;
  readonly text: string;
  readonly text_ar: string | null;
  readonly wave: { readonly code: string };
  readonly institution: { readonly name: string; readonly name_ar: string } | null;
  readonly followups: ReadonlyArray<{
    readonly id: number;
    readonly status: FollowUpStatus;
    readonly evidence: string | null;
    readonly wave: number;
  }>;
}

/** The recommendations of the waves before this one, with their follow-up rows (recommendation_followups). */
export function useFollowUps(): Loader<readonly EarlierRecommendation[], [referenceDate: string]> {
  const api = useApi();
  return useLoader<readonly EarlierRecommendation[], [referenceDate: string]>([], async (referenceDate) => {
    const filter = JSON.stringify({ wave: { reference_date: { _lt: referenceDate } } });
    const fields =
      'id,text,text_ar,wave.code,institution.name,institution.name_ar,followups.id,followups.status,followups.evidence,followups.wave';
    return (await api.get('/items/recommendations', { params: { filter, fields, sort: 'sort,id', limit: -1 } })).data
      .data;
  });
}
