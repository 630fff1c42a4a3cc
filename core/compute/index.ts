/**
 * CPU-heavy work as a worker thread (worker.ts, built as dist/compute-worker.js): report PDFs and a
 * wave's figures. The server's queue (extensions/barometer/src/server/compute/compute-queue.ts) and the worker
 * speak the protocol below.
 */
export {
  computeJob,
  computeReply,
  computeRequest,
  type ComputeReply,
  type ComputeRequest,
  type ComputeResults,
  type ComputeWave,
  type StrategyJob,
} from './protocol.ts';
