// The building blocks: per-line classes (jusText-style), the maximum-sum body run, the credit
// splitter and the page-language guess.
import { describe, expect, it } from "vitest";
import { classify } from "../../src/clean/classify.ts";
import { measure } from "../../src/clean/features.ts";
import { splitLines } from "../../src/clean/lines.ts";
import { bestRun } from "../../src/clean/main-run.ts";
import { splitCredit } from "../../src/clean/split-caption.ts";
import { pickLanguage, wordsOf } from "../../src/clean/stopwords.ts";
import { P1 } from "./helpers.ts";

const classOf = (text: string, lang: string | null = "en") => {
  const line = splitLines(text)[0]!;
  return classify(line, measure(line, lang), lang);
};

describe("classify", () => {
  it("calls a long paragraph dense in stop words good", () => {
    expect(classOf(P1).quality).toBe("good");
  });
  it("calls a long title-case run of names bad", () => {
    expect(classOf("Home News Sport Business Culture Travel Weather Opinion Video Podcasts Newsletters Games Crosswords Obituaries").quality).toBe("bad");
  });
  it("calls a few words short, and a bulleted link a list item", () => {
    expect(classOf("Council meets today").quality).toBe("short");
    expect(classOf("  • Council Approves Summer Ferry Timetable").marker).toBe("list-item");
  });
  it("recognises chrome vocabulary", () => {
    expect(classOf("Text Size").marker).toBe("ui");
    expect(classOf("You May Also Like").marker).toBe("related-header");
    expect(classOf("3 Comments").marker).toBe("comments-header");
    expect(classOf("© 2024 Example Daily. All rights reserved.").marker).toBe("copyright");
    expect(classOf("This website uses cookies to improve your experience while you browse.").marker).toBe("consent");
  });
  it("judges CJK prose by sentence punctuation when there is no stop-word list", () => {
    const ja = "市議会は月曜日、改造した貨物はしけに水上図書館を開設し、九月末まで毎週三か所の桟橋に順番に停泊させると発表した。担当者によると費用は安い。";
    expect(classOf(ja, null).quality).toBe("good");
    expect(classOf("ホーム ニュース スポーツ 経済 文化 天気 動画 ランキング 特集 連載 コラム 社説 写真", null).quality).not.toBe("good");
  });
});

describe("bestRun", () => {
  it("finds the maximum-sum stretch, bridging a small gap but not a big one", () => {
    expect(bestRun([-1, 2, 3, -1, 2, -10, 4])).toEqual({ start: 1, end: 4, score: 6 });
    expect(bestRun([-1, -2])).toBeNull();
  });
});

describe("splitCredit", () => {
  it("splits the credit off the end of a caption", () => {
    expect(splitCredit("Two ministers shake hands in Beijing on Monday. / AFP Example News")).toEqual({
      before: "Two ministers shake hands in Beijing on Monday.",
      credit: "/ AFP Example News",
    });
    expect(splitCredit("Two ministers shake hands in Beijing on Monday. Photo by Jane Roe")?.credit).toBe("Photo by Jane Roe");
  });
  it("leaves a sentence without a credit alone", () => {
    expect(splitCredit("Two ministers shake hands in Beijing on Monday.")).toBeNull();
  });
});

describe("pickLanguage", () => {
  it("picks the stop-word list that fits, or none for CJK", () => {
    expect(pickLanguage(wordsOf(P1))).toBe("en");
    expect(pickLanguage(wordsOf("Городской совет в понедельник открыл плавучую библиотеку, и она будет стоять у причала до осени."))).toBe("ru");
    expect(pickLanguage(wordsOf("市議会は月曜日、水上図書館を開設した。"))).toBeNull();
  });
});
