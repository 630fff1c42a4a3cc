// Issue 18 (7): a report is built off the request path. While builds run in the worker thread, the
// server keeps answering: 20 /server/health requests sent during queued builds all get a 200, and the
// status endpoint the module polls says which build runs, how far it is, and how many wait.
import { afterAll, describe, expect, it } from 'vitest';
import { anonymous, as } from '../helpers.ts';

interface Status {
  state: 'idle' | 'queued' | 'building';
  ahead: number | null;
  progress: number | null;
}

const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
};

describe('a report build', () => {
  const pending: Array<Promise<unknown>> = [];
  afterAll(async () => {
    await Promise.allSettled(pending);
  });

  it('leaves the server answering: 20 health checks during queued builds all answered 200', async () => {
    const coordinator = await as('coordinator');
    const status = (wave: string) => coordinator.get<Status>(`/barometer/waves/${wave}/report/status`);
    expect(await status('W2')).toEqual({ state: 'idle', ahead: null, progress: null });

    let settled = 0;
    const build = (wave: string) => {
      const answer = coordinator.raw<{ data: { wave: string } }>('POST', `/barometer/waves/${wave}/report`, {});
      void answer.finally(() => {
        settled += 1;
      });
      pending.push(answer);
      return answer;
    };
    // Three builds: W1 runs, then W2 and W1 again wait (one build at a time; a wave's second click waits for its first).
    const builds = [build('W1')];
    let last: Status = { state: 'idle', ahead: null, progress: null };
    while (settled === 0 && last.state === 'idle') last = await status('W1');
    expect(last.state).toBe('building');
    builds.push(build('W2'), build('W1'));
    while (settled === 0 && last.state !== 'queued') last = await status('W2');
    expect(last).toMatchObject({ state: 'queued' });
    expect(last.ahead).toBeGreaterThanOrEqual(1);

    const health = anonymous();
    const latencies: number[] = [];
    const statuses: number[] = [];
    for (let request = 0; request < 20; request += 1) {
      const started = performance.now();
      const answer = await health.raw('GET', '/server/health');
      latencies.push(performance.now() - started);
      statuses.push(answer.status);
    }
    // The 20 requests were sent while builds were still running or waiting.
    const stillRunning = 3 - settled;
    console.log(
      `health during builds: ${statuses.length} answered, median ${percentile(latencies, 0.5).toFixed(0)} ms, p95 ${percentile(latencies, 0.95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms; builds still pending after the 20th: ${stillRunning}`,
    );
    expect(stillRunning).toBeGreaterThan(0);
    expect(statuses).toEqual(Array.from({ length: 20 }, () => 200));

    const answers = await Promise.all(builds);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(answers.map((answer) => answer.body.data.wave)).toEqual(['W1', 'W2', 'W1']);
    expect(await status('W2')).toEqual({ state: 'idle', ahead: null, progress: null });
  });

  it('reports progress while building, between 0 and 1', async () => {
    const coordinator = await as('coordinator');
    let done = false;
    const answer = coordinator.raw('POST', '/barometer/waves/W2/report', {});
    pending.push(answer);
    void answer.finally(() => {
      done = true;
    });
    const progress: number[] = [];
    while (!done) {
      const status = await coordinator.get<Status>('/barometer/waves/W2/report/status');
      if (status.state === 'building' && status.progress !== null) progress.push(status.progress);
    }
    expect((await answer).status).toBe(200);
    expect(progress.length).toBeGreaterThan(0);
    for (const value of progress) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  it('refuses its status to an analyst and answers 404 for an unknown wave', async () => {
    expect((await (await as('analyst')).raw('GET', '/barometer/waves/W1/report/status')).status).toBe(403);
    expect((await (await as('coordinator')).raw('GET', '/barometer/waves/NOPE/report/status')).status).toBe(404);
  });
});
