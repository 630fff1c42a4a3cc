// The supervisor's queue: the submitted interviews the server lets it read (its assigned pairs), oldest
// first, shared by the queue page and the review bar's "next".
import type { useApi } from '@directus/extensions-sdk';

type AppApi = ReturnType<typeof useApi>;

export interface QueuedInterview {
  id: number;
  code: string;
  wave: string;
  establishment: string;
  participant: string;
  interview_date: string | null;
  duration_minutes: number | null;
  enumerator: string;
}

interface QueueRow {
  id: number;
  code: string;
  wave: { code: string } | null;
  establishment: { code: string } | null;
  participant: { code: string } | null;
  interview_date: string | null;
  duration_minutes: number | null;
  user_created: { first_name: string | null; last_name: string | null } | null;
}

export async function readReviewQueue(api: AppApi): Promise<QueuedInterview[]> {
  const answer = await api.get<{ data: QueueRow[] }>('/items/interviews', {
    params: {
      filter: { status: { _eq: 'submitted' } },
      fields: [
        'id',
        'code',
        'wave.code',
        'establishment.code',
        'participant.code',
        'interview_date',
        'duration_minutes',
        'user_created.first_name',
        'user_created.last_name',
      ],
      sort: ['date_updated', 'id'],
      limit: -1,
    },
  });
  return answer.data.data.map((row) => ({
    id: row.id,
    code: row.code,
    wave: row.wave?.code ?? '',
    establishment: row.establishment?.code ?? '',
    participant: row.participant?.code ?? '',
    interview_date: row.interview_date,
    duration_minutes: row.duration_minutes,
    enumerator: [row.user_created?.first_name, row.user_created?.last_name].filter(Boolean).join(' '),
  }));
}
