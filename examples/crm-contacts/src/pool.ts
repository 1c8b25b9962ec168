/**
 * Runs `task` over `items` with at most `limit` in flight. Enough parallel work for the SDK's
 * pacing to smooth against the rate limit, without opening hundreds of sockets at once.
 * `task` must not throw: failures are the caller's to record.
 */
export async function forEachConcurrent<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
}
