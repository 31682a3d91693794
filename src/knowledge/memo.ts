// A bounded cache for pure functions of one string. The look-ups run for every capitalised
// phrase of every article, and the same phrases ("Beijing", "Foreign Minister") recur.

/** `fn` with its results remembered; the cache is dropped when it holds `limit` strings. */
export function memoize<R>(fn: (s: string) => R, limit = 100_000): (s: string) => R {
  const cache = new Map<string, R>();
  return (s: string): R => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as R;
    if (cache.size >= limit) cache.clear();
    const r = fn(s);
    cache.set(s, r);
    return r;
  };
}
