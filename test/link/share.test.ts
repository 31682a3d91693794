// sameValue decides which objects a relink keeps from last build: equal as data, nothing looser.

import { describe, expect, it } from "vitest";
import { sameValue } from "../../src/link/share.ts";

describe("sameValue", () => {
  it("is equality as data, all the way down", () => {
    expect(sameValue({ a: [1, { b: "x" }], c: null }, { a: [1, { b: "x" }], c: null })).toBe(true);
    expect(sameValue({ a: [1, { b: "x" }] }, { a: [1, { b: "y" }] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(sameValue([1, 2], [1, 2, 3])).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue({ a: null }, { a: undefined })).toBe(false);
    expect(sameValue("1", 1)).toBe(false);
    expect(sameValue({ a: { b: [] } }, { a: { b: [] } })).toBe(true);
  });
});
