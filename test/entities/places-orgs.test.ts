import { describe, expect, it } from "vitest";
import { read } from "./helpers.ts";

describe("places", () => {
  it("reads known cities and countries with their country", () => {
    const r = read("The envoys met in Geneva, Switzerland, after a stop in Oslo.");
    expect(r.places).toEqual([
      { name: "Geneva", kind: "city", country: "Switzerland" },
      { name: "Switzerland", kind: "country", country: "Switzerland" },
      { name: "Oslo", kind: "city", country: "Norway" },
    ]);
  });

  it("pins an unknown town to the country that follows it", () => {
    const r = read("The drill was held near Kedainiai, Lithuania, on Friday.");
    expect(r.places[0]).toEqual({ name: "Kedainiai", kind: "city", country: "Lithuania" });
  });

  it("does not read a place out of a longer name or a title", () => {
    const r = read("US President Joe Biden spoke at the Shanghai Cooperation Organization about the China International Import Expo.");
    expect(r.places.map((p) => p.name)).toEqual([]);
  });

  it("splits hyphenated pairs and reads possessives", () => {
    const r = read("The Moscow-Beijing axis worries Japan’s planners.");
    expect(r.places.map((p) => p.name)).toEqual(["Moscow", "Beijing", "Japan"]);
  });

  it("ignores an unknown capitalised word after 'in' without a country", () => {
    expect(read("They spoke in Bellmont about trade.").places).toEqual([]);
  });
});

describe("organisations", () => {
  it("makes an acronym in parentheses an alias", () => {
    const r = read("Delegates of the Arctic Fisheries Council (AFC) gathered on Monday.");
    expect(r.organizations).toEqual([{ name: "Arctic Fisheries Council", aliases: ["AFC"], country: null }]);
  });

  it("reads org-word phrases with their country and cuts titles off", () => {
    const r = read("Secretary of the Brazilian National Defense Council Ana Lima spoke to the Mexican Ministry of Foreign Affairs.");
    expect(r.organizations.map((o) => [o.name, o.country])).toEqual([
      ["Brazilian National Defense Council", "Brazil"],
      ["Mexican Ministry of Foreign Affairs", "Mexico"],
    ]);
  });

  it("uses canonical names for known organisations and news agencies", () => {
    const r = read("According to Xinhua News Agency, the talks covered BRICS and the United Nations (UN).");
    expect(r.organizations.map((o) => o.name)).toEqual(["Xinhua", "BRICS", "United Nations"]);
    expect(r.organizations[0]!.aliases).toEqual(["Xinhua News Agency"]);
  });

  it("keeps a possessive inside a name, and an owner's possessive out of it", () => {
    const r = read("The People's Liberation Army, the People's Bank of China and the National People's Congress answered Russia's Security Council.");
    expect(r.organizations.map((o) => [o.name, o.country])).toEqual([
      ["People's Liberation Army", "China"],
      ["People's Bank of China", "China"],
      ["National People's Congress", null],
      ["Security Council", "Russia"],
    ]);
  });

  it("reads two organisations joined by 'and' as two, and an 'and' inside one name as one", () => {
    const r = read("The Arctic Fisheries Council and the Baltic Shipping Authority met the Political and Legal Affairs Commission.");
    expect(r.organizations.map((o) => o.name)).toEqual(["Arctic Fisheries Council", "Baltic Shipping Authority", "Political and Legal Affairs Commission"]);
  });
});

