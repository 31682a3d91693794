import { describe, expect, it } from "vitest";
import { names, person, read } from "./helpers.ts";

describe("people: title before the name", () => {
  it("reads the name after a country + title and keeps the title as a role", () => {
    const r = read("Belarusian Deputy Foreign Minister Ivan Petrovsky arrived on Monday.");
    expect(names(r)).toEqual(["Ivan Petrovsky"]);
    const p = person(r, "Ivan Petrovsky");
    expect(p.roles.map((x) => x.title)).toEqual(["Belarusian Deputy Foreign Minister"]);
    expect(p.roles[0]!.evidence).toContain("arrived on Monday");
    expect(p.country).toBe("Belarus");
  });

  it("accepts a lower-case title and a title with 'of'", () => {
    const r = read("Ministry spokeswoman Olga Ferreira spoke first. Then Secretary of Energy Mark Tollund replied.");
    expect(names(r)).toEqual(["Olga Ferreira", "Mark Tollund"]);
    expect(person(r, "Mark Tollund").roles[0]!.title).toBe("Secretary of Energy");
  });

  it("crosses 'of the' and 'for the' in a title, and a ministry's name does not swallow the person after it", () => {
    const r = read(
      "Russian Secretary of the Security Council Pavel Drozdov arrived on Monday.",
      "Spokesperson for the Ministry of National Defense Lin Hao said at a briefing that the visit would last three days.",
      "The Ministry of Public Security said the talks would continue.",
    );
    expect(names(r)).toEqual(["Pavel Drozdov", "Lin Hao"]);
    expect(person(r, "Pavel Drozdov").roles[0]!.title).toBe("Russian Secretary of the Security Council");
    expect(person(r, "Lin Hao").roles[0]!.title).toBe("Spokesperson for the Ministry of National Defense");
    expect(r.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(["Ministry of National Defense", "Ministry of Public Security"]));
  });

  it("reads prosecutors' titles, with a people's procuratorate in them, and no person called 'People'", () => {
    const r = read("Chinese Procurator-General of the Supreme People's Procuratorate Lin Hao met Russian Prosecutor General Pavel Drozdov on Monday.");
    expect(names(r)).toEqual(["Lin Hao", "Pavel Drozdov"]);
    expect(person(r, "Lin Hao").roles[0]!.title).toBe("Chinese Procurator-General of the Supreme People's Procuratorate");
    expect(person(r, "Pavel Drozdov").roles[0]!.title).toBe("Russian Prosecutor General");
  });

  it("keeps a ministry's portfolio in the title, not in the name, and reads no person from a portfolio alone", () => {
    const r = read(
      "Minister of Emergency Situations Pavel Drozdov met Minister of Internal Affairs Ivan Kolesnik on Monday.",
      "Drozdov served as Minister of Civil Protection from 2018, before taking up the current post.",
    );
    expect(names(r)).toEqual(["Pavel Drozdov", "Ivan Kolesnik"]);
    expect(person(r, "Pavel Drozdov").roles[0]!.title).toBe("Minister of Emergency Situations");
    expect(person(r, "Ivan Kolesnik").roles[0]!.title).toBe("Minister of Internal Affairs");
  });
});

describe("people: appositive after the name", () => {
  it("reads roles from an appositive, split at 'and former'", () => {
    const r = read("Anton Velikov, Secretary of Bulgaria's Security Council and former Interior Minister, met reporters.");
    const p = person(r, "Anton Velikov");
    expect(p.roles.map((x) => x.title)).toEqual(["Secretary of Bulgaria's Security Council", "former Interior Minister"]);
    expect(p.country).toBe("Bulgaria");
  });

  it("does not take an appositive that names another person as a role", () => {
    const r = read("He met Russia's Kissinger, the Security Council Secretary Pavel Orlov, in the capital.");
    expect(names(r)).toEqual(["Pavel Orlov"]);
  });
});

describe("people: later mentions by surname or title", () => {
  it("ties 'Secretary Velikov' and 'Velikov' to the full name", () => {
    const r = read(
      "Anton Velikov, Secretary of the Security Council, arrived in Sofia.",
      "Secretary Velikov then toured the port. Velikov said the talks went well.",
    );
    expect(names(r)).toEqual(["Anton Velikov"]);
    expect(person(r, "Anton Velikov").aliases).toEqual(expect.arrayContaining(["Velikov", "Secretary Velikov"]));
  });

  it("gives spans for every mention, all under the canonical name", () => {
    const r = read("Mayor Helen Ostrowska opened the bridge. Ostrowska said it took six years.");
    const spans = r.spans.filter((s) => s.kind === "person");
    expect(spans.map((s) => s.name)).toEqual(["Helen Ostrowska", "Helen Ostrowska"]);
    expect(spans.map((s) => "Mayor Helen Ostrowska opened the bridge. Ostrowska said it took six years.".slice(s.start, s.end))).toEqual([
      "Helen Ostrowska",
      "Ostrowska",
    ]);
  });

  it("keeps a titled surname with no full name in the text as a person of its own", () => {
    const r = read("Spokesperson Guo said the ministry would respond.");
    expect(names(r)).toEqual(["Guo"]);
    expect(person(r, "Guo").aliases).toContain("Spokesperson Guo");
  });

  it("does not make a person of a bare capitalised word with no context", () => {
    expect(names(read("Ostrava hosted the fair again this year."))).toEqual([]);
  });
});

describe("people: Chinese name order", () => {
  it("takes the first token as the family name", () => {
    const r = read("Chinese Vice Premier Zhang Guoqing visited the plant. Zhang told workers the line would expand.");
    expect(names(r)).toEqual(["Zhang Guoqing"]);
    expect(person(r, "Zhang Guoqing").aliases).toContain("Zhang");
    expect(person(r, "Zhang Guoqing").country).toBe("China");
  });

  it("does not tie a later 'Guoqing' (the given name) to anybody", () => {
    const r = read("Minister Zhang Guoqing arrived. Guoqing left.");
    expect(person(r, "Zhang Guoqing").aliases).not.toContain("Guoqing");
  });
});

describe("people: two people who share a family name", () => {
  // A bare "Wang" could be either; it is left unattributed rather than guessed.
  const text = [
    "Foreign Minister Wang Yi met the delegation, while spokesperson Wang Wenbin briefed reporters.",
    "Wang said the visit was productive.",
  ];
  it("keeps them apart and merges the bare surname into neither", () => {
    const r = read(...text);
    expect(names(r).sort()).toEqual(["Wang Wenbin", "Wang Yi"]);
    for (const p of r.people) expect(p.aliases).not.toContain("Wang");
    const bare = text[1]!.indexOf("Wang");
    expect(r.spans.some((s) => s.segment === 1 && s.start === bare)).toBe(false);
  });
});

describe("people: capitalised things that are not people", () => {
  it("rejects weapons, initiatives, eras and interface text", () => {
    const r = read(
      { text: "Text Size", role: "body" },
      "The air force showed the Su-57 and the J-20 fighters.",
      'The so-called "Iron Shield" plan revives the "Star Wars" idea of the Cold War era.',
      "Officials backed the Golden Harvest initiative in March.",
    );
    expect(names(r)).toEqual([]);
  });

  it("reads headline-case lines only for names it already knows", () => {
    const r = read({ text: "Pear Juice Makers Eye Record Summer Sales", role: "headline" }, { text: "Daniel Moreno Views", role: "body" });
    expect(names(r)).toEqual([]);
  });

  it("still finds a known official in a headline", () => {
    const r = read({ text: "Putin Hosts Security Talks in Moscow", role: "headline" }, "Vladimir Putin received the delegation.");
    expect(names(r)).toEqual(["Vladimir Putin"]);
    expect(person(r, "Vladimir Putin").aliases).toContain("Putin");
  });

  it("yields nothing from text without names", () => {
    const r = read("The two sides agreed to meet again next year and to keep talking.");
    expect(r).toEqual({ people: [], organizations: [], places: [], quotes: [], spans: [] });
  });
});
