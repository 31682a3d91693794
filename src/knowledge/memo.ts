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
    cache.set(detached(s), typeof r === "string" ? (detached(r) as R) : r);
    return r;
  };
}

/**
 * The same text, not part of a larger string. V8 makes a substring of 13 or more characters a
 * view into its parent (a "sliced string"), so a phrase cut from an article and kept as a key
 * would keep the whole article's text alive as long as the cache: thousands of them, on every
 * reading thread. Slicing a fresh concatenation makes the view's parent a copy of this text alone.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
}
