// Unique, stable slugs: the first of equal slugs keeps it, later ones get "-2", "-3", ... in
// the order given (callers pass a sorted order, so ids do not depend on input order).

export function uniqueIds(slugs: string[]): string[] {
  const used = new Map<string, number>();
  return slugs.map((s) => {
    const n = (used.get(s) ?? 0) + 1;
    used.set(s, n);
    return n === 1 ? s : `${s}-${n}`;
  });
}
