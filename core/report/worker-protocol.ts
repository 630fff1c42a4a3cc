import type { StrategyPlan } from '../strategy/index.ts';
import type { StrategyDocumentOptions } from './strategy.ts';

/** What the queue hands the worker to render the strategy guidelines. */
export type StrategyJob = Omit<StrategyDocumentOptions, 'measureArabic'> & { readonly plan: StrategyPlan };

/** Messages from the report worker (worker.ts) to the queue that feeds it. */
export type WorkerReply =
  | { readonly id: number; readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly id: number; readonly type: 'done'; readonly pdf: Uint8Array }
  | { readonly id: number; readonly type: 'failed'; readonly message: string };
