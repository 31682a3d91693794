// Pages in Cyrillic, Korean and Japanese: language-neutral signals (sentence punctuation,
// character counts) or the page's own stop words find the body; nothing crashes.
import { describe, expect, it } from "vitest";
import { cleanBodyText } from "../../src/clean/index.ts";
import { cleanText, rolesOf } from "./helpers.ts";

const RU = [
  "Городской совет в понедельник открыл плавучую библиотеку на переоборудованной барже, которая будет стоять у трёх причалов по очереди до конца сентября.",
  "По словам чиновников, проект обошёлся дешевле, чем строительство нового филиала, и позволит охватить районы, где библиотеки не было много лет.",
  "Жители смогут брать до шести книг одновременно и возвращать их у любого причала или в центральной библиотеке, а штрафы в первый сезон взиматься не будут.",
];
const KO = [
  "시의회는 월요일 개조한 화물 바지선에 떠다니는 도서관을 열었으며, 이 도서관은 9월 말까지 매주 세 곳의 부두에 정박할 예정이다.",
  "관계자들은 이 사업이 새 분관을 짓는 것보다 비용이 적게 들고 오랫동안 도서관이 없던 동네까지 닿을 수 있다고 말했다.",
  "주민들은 한 번에 최대 여섯 권까지 빌릴 수 있으며, 첫 시즌에는 연체료를 받지 않는다고 시의회는 밝혔다.",
];
const JA = [
  "市議会は月曜日、改造した貨物はしけに水上図書館を開設し、九月末まで毎週三か所の桟橋に順番に停泊させると発表した。",
  "担当者によると、この計画は新しい分館を建てるよりも費用が安く、長年図書館がなかった地域にも本を届けることができるという。",
  "住民は一度に六冊まで借りることができ、最初のシーズンは延滞料を取らないと市議会は説明した。",
];

function page(nav: string[], title: string, paragraphs: string[], footer: string[]): string[] {
  return [...nav.map((n) => `  • ${n}`), "", title, "", ...paragraphs.flatMap((p) => [p, ""]), ...footer];
}

describe.each([
  ["Russian", page(["Главная", "Новости", "Спорт"], "Плавучая библиотека открылась в порту", RU, ["Читайте также", "  • Новый паром", "© 2024 Пример. Все права защищены."])],
  ["Korean", page(["본문 바로가기", "뉴스", "스포츠"], "항구에 떠다니는 도서관 문 열어", KO, ["많이 본 뉴스", "  • 새 여객선 운항", "저작권자 ⓒ 예시일보 무단전재 및 재배포금지"])],
  ["Japanese", page(["ホーム", "ニュース", "スポーツ"], "港に水上図書館が開館", JA, ["関連記事", "  • 新しいフェリー", "Copyright © 2024 Example. 無断転載を禁じます。"])],
])("a %s page", (_name, lines) => {
  const doc = cleanText(lines);
  const paragraphs = lines.filter((l) => l.length > 40 && !l.includes("©") && !l.startsWith(" "));

  it("keeps exactly the paragraphs as body", () => {
    expect(cleanBodyText(doc).split("\n\n")).toEqual(paragraphs);
  });

  it("finds the headline and keeps the menu and footer out", () => {
    expect(rolesOf(doc, "headline")).toEqual([lines[4]]);
    const body = cleanBodyText(doc);
    expect(body).not.toContain("©");
    expect(body).not.toContain("•");
  });
});
