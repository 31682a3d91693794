// The dev loop's usual case after an edit: a list that is last build's with a few items replaced
// in place (an unchanged item comes back as the very same object). Finding them compares
// pointers only; looking into each of 4,000 objects would cost memory traffic.

/** The indexes where `now` holds another object than `before`; null when the lengths differ or more than `most` do. */
export function replacedAt<T>(now: readonly T[], before: readonly T[], most: number): number[] | null {
  if (now.length !== before.length) return null;
  const out: number[] = [];
  for (let i = 0; i < now.length; i++) if (now[i] !== before[i] && out.push(i) > most) return null;
  return out;
}
