import { describe, expect, it } from "vitest";
import { clean, rawDocFromText } from "../../src/clean/index.ts";
import { extract } from "../../src/extract/index.ts";

describe("publication stamps date the article", () => {
  it("reads 'Updated: YYYY-MM-DD' above the headline even when the cleaner filed it as chrome", () => {
    const text = [
      "Menu",
      "Example Wire | Updated: 2031-04-02 10:15",
      "Ministers agree on river treaty",
      "Ministers from the two neighbouring states agreed on Tuesday to share data on river levels, officials said after the talks ended.",
      "The treaty will be signed next month, according to the officials, who spoke on condition of anonymity.",
    ].join("\n");
    const a = extract(clean(rawDocFromText("stamp.txt", text)));
    expect(a.published.value?.startsWith("2031")).toBe(true);
    expect(a.published.earliest! >= "2031-04-02").toBe(true);
  });
});

describe("wire datelines date the article", () => {
  it("reads 'CITY, Mon. D, YYYY (Agency) --' at the start of the body", () => {
    const text = [
      "Envoys sign fisheries accord",
      "",
      "OSLO, Mar. 3, 2031 (Example Wire) -- Envoys of the two coastal states signed a fisheries accord on Monday after three rounds of talks, officials said.",
      "The accord sets quotas for five years and creates a joint commission, according to a statement released after the signing.",
    ].join("\n");
    const a = extract(clean(rawDocFromText("wire.txt", text)));
    expect(a.published.earliest).toBe("2031-03-03");
    expect(a.published.value?.startsWith("2031")).toBe(true);
  });
});
