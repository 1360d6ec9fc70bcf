/**
 * Time for the resync itself, separate from the measurement `timeout`: long enough for a daemon restart
 * and a bounded wait for its first reply, short enough not to stall a job.
 */
export function resyncBudgetMs(timeoutMs: number): number {
  return Math.min(120_000, Math.max(20_000, 3 * timeoutMs));
}
