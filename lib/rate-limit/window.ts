// The arithmetic of the sliding-window estimate. Pure.

/** How many hits a bucket may take per window. */
export type RateLimit = { limit: number; windowSeconds: number };

/** The start of the fixed window holding `now`, and of the one before it. */
export function windowsAt(now: Date, windowSeconds: number): { current: Date; previous: Date } {
  const size = windowSeconds * 1000;
  const start = Math.floor(now.getTime() / size) * size;
  return { current: new Date(start), previous: new Date(start - size) };
}

/**
 * Hits in the last full window, estimated from two fixed windows: all of the current one plus the
 * previous one's share that still overlaps (the usual sliding-window approximation). It never
 * lets through a burst of twice the limit across a window boundary, as plain fixed windows do.
 */
export function slidingCount(current: number, previous: number, now: Date, windowSeconds: number): number {
  const size = windowSeconds * 1000;
  const elapsed = (now.getTime() % size) / size;
  return current + Math.floor(previous * (1 - elapsed));
}
