import { describe, expect, it } from "vitest";
import { readMeetings } from "../../src/extract/meetings/index.ts";
import { findSeries } from "../../src/extract/meetings/series.ts";
import { day, input, year } from "./helpers.ts";

const RU = { name: "Ivan Petrov", country: "Russia", aliases: ["Petrov"] };
const CN = { name: "Zhou Ming", country: "China", aliases: [] };
const CN2 = { name: "Gao Lin", country: "China", aliases: [] };
const CITY = { name: "Harbin", kind: "city" as const, country: "China" };

describe("findSeries", () => {
  it("reads a known mechanism and its round", () => {
    const [m] = findSeries("They co-chaired the 21st round of strategic security consultations on Monday.");
    expect(m).toMatchObject({ series: "strategic security consultations", round: 21, bilateral: true });
  });
  it("reads the round through 'Meeting of the China-Russia ...'", () => {
    const [m] = findSeries("to attend the 4th Meeting of the China-Russia Law Enforcement and Security Cooperation Mechanism");
    expect(m).toMatchObject({ series: "law enforcement and security cooperation mechanism", round: 4 });
  });
  it("names an unknown mechanism by its own words", () => {
    const [m] = findSeries("He will chair the 7th International Forum of Border Guards next week.");
    expect(m?.round).toBe(7);
    expect(m?.series).toContain("border guards");
    expect(m?.bilateral).toBe(false);
  });
  it("does not take an exhibition or a count for a meeting", () => {
    expect(findSeries("He toured the 12th Aviation Exhibition with 300 delegations.")).toEqual([]);
  });
});

describe("readMeetings", () => {
  it("reads 'X met with Y in Z on D'", () => {
    const ms = readMeetings(
      input({
        segments: ["Chinese envoy Zhou Ming met with Ivan Petrov in Harbin on March 3."],
        people: [RU, CN],
        places: [CITY],
        dates: [{ text: "March 3", date: day("2030-03-03") }],
      }),
    );
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ participants: ["Zhou Ming", "Ivan Petrov"], place: { city: "Harbin", country: "China" } });
    expect(ms[0]!.date.value).toBe("2030-03-03");
  });

  it("reads co-chairs joined by 'and' with the series and round", () => {
    const ms = readMeetings(
      input({
        segments: ["Zhou Ming and Ivan Petrov co-chaired the 3rd round of strategic security consultations."],
        people: [RU, CN],
      }),
    );
    expect(ms[0]).toMatchObject({ series: "strategic security consultations", round: 3 });
    expect(ms[0]!.participants.sort()).toEqual(["Ivan Petrov", "Zhou Ming"]);
  });

  it("splits 'Before meeting with X, he held talks with Y' into two meetings with the pronoun resolved", () => {
    const ms = readMeetings(
      input({
        segments: ["Ivan Petrov arrived on Monday.", "Before meeting with Zhou Ming, he held talks with Gao Lin."],
        people: [RU, CN, CN2],
      }),
    );
    const pairs = ms.map((m) => [...m.participants].sort().join(" + ")).sort();
    expect(pairs).toEqual(["Gao Lin + Ivan Petrov", "Ivan Petrov + Zhou Ming"]);
  });

  it("leaves out a spokesperson who announces a meeting in a quote", () => {
    const ms = readMeetings(
      input({
        segments: ["Spokesperson Gao Lin said, “Mr Petrov will come to China to attend the 5th round of strategic security consultations.”"],
        people: [{ ...CN2, roles: ["spokesperson"] }, RU],
      }),
    );
    expect(ms).toHaveLength(1);
    expect(ms[0]!.participants).toEqual(["Ivan Petrov"]);
  });

  it("hands names to two mechanisms with 'respectively'", () => {
    const ms = readMeetings(
      input({
        segments: [
          "Ivan Petrov will attend the 5th round of strategic security consultations and the 2nd meeting of the law enforcement and security cooperation mechanism.",
          "His hosts are Zhou Ming and Gao Lin, respectively.",
        ],
        people: [RU, CN, CN2],
      }),
    );
    expect(ms.map((m) => [m.round, [...m.participants].sort()])).toEqual([
      [5, ["Ivan Petrov", "Zhou Ming"]],
      [2, ["Gao Lin", "Ivan Petrov"]],
    ]);
  });

  it("merges two mentions of one meeting in an article and narrows the date", () => {
    const ms = readMeetings(
      input({
        segments: ["Zhou Ming met Ivan Petrov in Harbin on March 3.", "Zhou Ming and Ivan Petrov co-chaired the 3rd round of strategic security consultations."],
        people: [RU, CN],
        places: [CITY],
        dates: [{ text: "March 3", date: day("2030-03-03") }],
      }),
    );
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ round: 3, place: { city: "Harbin" } });
    expect(ms[0]!.date.value).toBe("2030-03-03");
  });

  it("reads a range 'from the 11th to the 15th' as a date between the ends", () => {
    const ms = readMeetings(
      input({
        segments: ["Ivan Petrov will visit from the 11th to the 15th to attend the 5th round of strategic security consultations."],
        people: [RU],
        dates: [{ text: "from the 11th to the 15th", date: day("2030-04-11"), until: day("2030-04-15") }],
      }),
    );
    expect(ms[0]!.date).toMatchObject({ value: "2030-04", precision: "month", earliest: "2030-04-11", latest: "2030-04-15" });
  });

  it("gives an undated meeting no more than 'on or before publication'", () => {
    const ms = readMeetings(
      input({
        segments: ["Ivan Petrov arrived.", "Later Zhou Ming met with Ivan Petrov to discuss trade."],
        people: [RU, CN],
        published: year("2031", "2031-05-01", "2031-05-31"),
      }),
    );
    expect(ms[0]!.date).toMatchObject({ value: "2031", precision: "year", latest: "2031-05-31" });
  });

  it("finds nothing in a sentence without a meeting", () => {
    expect(readMeetings(input({ segments: ["Zhou Ming praised Ivan Petrov's book."], people: [RU, CN] }))).toEqual([]);
  });
});

describe("findSeries on dates", () => {
  it("does not read 'on the 11th and holds talks' as a mechanism", () => {
    expect(findSeries("He visits China on the 11th and holds talks with officials.")).toEqual([]);
  });
});

describe("readMeetings: more sentence shapes", () => {
  const RU2 = { name: "Oleg Volkov", country: "Russia", aliases: [] };
  it("joins co-subjects whose titles contain 'of' ('Minister of Public Security Gao Lin')", () => {
    const ms = readMeetings(
      input({ segments: ["Russian Interior Minister Ivan Petrov and Chinese Minister of Public Security Gao Lin held talks in Harbin."], people: [RU, CN2], places: [CITY] }),
    );
    expect(ms.map((m) => [...m.participants].sort())).toEqual([["Gao Lin", "Ivan Petrov"]]);
  });
  it("splits 'held talks with X and co-chaired the Nth round with Y' into two meetings", () => {
    const ms = readMeetings(
      input({
        segments: ["Zhou Ming arrived.", "He also held talks with Oleg Volkov on Monday and co-chaired the 18th round of strategic security consultations with Ivan Petrov on Tuesday."],
        people: [RU, CN, RU2],
      }),
    );
    const byRound = new Map(ms.map((m) => [m.round, [...m.participants].sort()]));
    expect(byRound.get(18)).toEqual(["Ivan Petrov", "Zhou Ming"]);
    expect(byRound.get(null)).toEqual(["Oleg Volkov", "Zhou Ming"]);
  });
});

describe("findSeries: other word orders", () => {
  it("reads 'Russian-Chinese consultations on strategic security' as the known mechanism", () => {
    const [m] = findSeries("They held the 20th round of Russian-Chinese consultations on strategic security.");
    expect(m).toMatchObject({ series: "strategic security consultations", round: 20 });
  });
});

describe("readMeetings: where", () => {
  it("does not take a wire dateline's city for the meeting's place", () => {
    const ms = readMeetings(
      input({ segments: ["HARBIN (Example Wire) — Zhou Ming met with Ivan Petrov in Vladivostok on Tuesday."], people: [RU, CN], places: [CITY, { name: "Vladivostok", kind: "city", country: "Russia" }] }),
    );
    expect(ms[0]!.place).toEqual({ city: "Vladivostok", country: "Russia" });
    const none = readMeetings(input({ segments: ["HARBIN (Example Wire) — Zhou Ming met with Ivan Petrov on Tuesday."], people: [RU, CN], places: [CITY] }));
    expect(none[0]!.place).toBeNull();
  });
});
