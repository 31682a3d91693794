// A small hand-written corpus for the render tests: invented people, places and outlets, with
// dates at every precision, a meeting reported by two sources that disagree, and hostile text.

import type { Article, Corpus, FuzzyDate, Meeting } from "../../src/types.ts";

export const HOSTILE = `<script>alert("x")</script> & <img src=x onerror=alert(1)>`;

const day = (v: string, evidence: string[] = [`'on ${v}' (dateline)`]): FuzzyDate => ({ value: v, precision: "day", earliest: v, latest: v, evidence });

function article(over: Partial<Article> & Pick<Article, "id" | "title" | "published">): Article {
  return {
    source: `seeds/${over.id}.txt`,
    url: `articles/${over.id}/`,
    title_inferred: false,
    subtitle: null,
    authors: [],
    publisher: null,
    original_publisher: null,
    via: [],
    credits: [],
    images: [],
    body: "A plain paragraph.",
    removed: [],
    people: [],
    organizations: [],
    places: [],
    quotes: [],
    meetings: [],
    warnings: [],
    related: [],
    ...over,
  };
}

export function fixtureCorpus(): Corpus {
  const articles: Article[] = [
    article({
      id: "velgrad-talks",
      title: "Orvanian and Keshian security chiefs meet in Velgrad",
      subtitle: "Third round of consultations\nTalks focused on border policing",
      authors: [{ name: "Mira Tallow", email: "mira@example.org" }],
      publisher: { name: "Example Daily", url: "https://daily.example.org" },
      via: ["Wire Agency"],
      credits: ["Photo Pool"],
      images: [{ caption: "Anna Kovalenko greets Boris Lin in Velgrad.", credit: "Photo Pool" }],
      published: day("2024-11-12"),
      body: "Secretary Kovalenko met Mr. Lin in Velgrad on Monday. They discussed border policing.\n\n## Background\n\nThe two councils have met twice before.",
      removed: [{ line: 1, text: "Subscribe now", reason: "call to action in the page header" }],
      people: ["anna-kovalenko", "boris-lin"],
      organizations: ["security-council-of-orvania"],
      places: ["velgrad"],
      quotes: [{ speaker: "anna-kovalenko", text: "Our borders are shared." }],
      meetings: ["2024-11-11-strategic-security-consultations-3"],
      warnings: [],
      related: ["hostile-repost"],
    }),
    article({
      id: "hostile-repost",
      title: `Repost ${HOSTILE}`,
      subtitle: `Dek with ${HOSTILE}`,
      publisher: { name: "Mirror Site" },
      original_publisher: { name: "Example Daily", url: "javascript:alert(1)" },
      published: { value: "2024-11", precision: "month", earliest: "2024-11-01", latest: "2024-11-30", evidence: ["'this November' (body)"] },
      body: `The talks were held on Sunday. ${HOSTILE}\n\n<script>alert(2)</script>\n\n[click me](javascript:alert(3)) and [local](../../etc/passwd)\n\n# A heading that must not become a second h1`,
      removed: [{ line: 4, text: HOSTILE, reason: `reason ${HOSTILE}` }],
      people: ["anna-kovalenko"],
      meetings: ["2024-11-11-strategic-security-consultations-3"],
      warnings: [`day not stated ${HOSTILE}`],
      related: ["velgrad-talks"],
    }),
    article({
      id: "yearly-review",
      title: "A year of law-enforcement cooperation",
      publisher: { name: "Quarterly Example" },
      published: { value: "2023", precision: "year", earliest: "2023-01-01", latest: "2023-12-31", evidence: ["'this year' with 2023 in the text"] },
      body: "Officials met several times in 2023. Dates were not always given.",
      people: ["boris-lin"],
      meetings: ["2023-03-law-enforcement-and-security-cooperation-mechanism-2", "undated-kovalenko-lin"],
    }),
    article({
      id: "undated-note",
      title: "Note without a date",
      title_inferred: true,
      published: { value: null, precision: "unknown", earliest: null, latest: null, evidence: [] },
      body: "Dr. Smith wrote about U.S. policy. A second sentence follows.",
      warnings: ["no date found"],
    }),
  ];

  const meetings: Meeting[] = [
    {
      id: "undated-kovalenko-lin",
      title: "Kovalenko–Lin meeting",
      date: { value: null, precision: "unknown", earliest: null, latest: null, evidence: [] },
      end: null,
      place: null,
      participants: [
        { person: "anna-kovalenko", name: "Anna Kovalenko", country: "Orvania" },
        { person: "boris-lin", name: "Boris Lin", country: "Keshia" },
      ],
      series: null,
      round: null,
      kind: "mentioned",
      sources: ["yearly-review"],
      conflicts: [],
      evidence: [{ source: "yearly-review", text: "Kovalenko and Lin have met before." }],
    },
    {
      id: "2024-11-11-strategic-security-consultations-3",
      title: "3rd round of Orvania–Keshia strategic security consultations",
      date: day("2024-11-11", ["'on Monday' in an article of 12 November 2024"]),
      end: day("2024-11-12"),
      place: { city: "Velgrad", country: "Orvania" },
      participants: [
        { person: "anna-kovalenko", name: "Anna Kovalenko", role: "Secretary of the Security Council", country: "Orvania" },
        { person: "boris-lin", name: "Boris Lin", role: "Minister of Public Security", country: "Keshia" },
      ],
      series: "strategic security consultations",
      round: 3,
      kind: "reported",
      sources: ["velgrad-talks", "hostile-repost"],
      conflicts: [
        {
          field: "date",
          claims: [
            { value: "2024-11-11", sources: ["velgrad-talks"] },
            { value: "2024-11-10", sources: ["hostile-repost"] },
          ],
        },
      ],
      evidence: [
        { source: "velgrad-talks", text: "Secretary Kovalenko met Mr. Lin in Velgrad on Monday." },
        { source: "hostile-repost", text: `The talks were held on Sunday. ${HOSTILE}` },
      ],
    },
    {
      id: "2023-03-law-enforcement-and-security-cooperation-mechanism-2",
      title: "2nd meeting of the law enforcement and security cooperation mechanism",
      date: { value: "2023-03", precision: "month", earliest: "2023-03-01", latest: "2023-03-31", evidence: ["'in March' (body)"] },
      end: null,
      place: { country: "Keshia" },
      participants: [{ person: "boris-lin", name: "Boris Lin", country: "Keshia" }],
      series: "law enforcement and security cooperation mechanism",
      round: 2,
      kind: "mentioned",
      sources: ["yearly-review"],
      conflicts: [],
      evidence: [{ source: "yearly-review", text: "Officials met several times in 2023." }],
    },
  ];

  return {
    articles,
    meetings,
    entities: {
      people: [
        {
          id: "anna-kovalenko",
          name: "Anna Kovalenko",
          aliases: ["Kovalenko", "Secretary Kovalenko"],
          country: "Orvania",
          roles: [{ title: "Secretary of the Security Council", from: "2022-05", sources: ["velgrad-talks"] }],
          articles: ["velgrad-talks", "hostile-repost"],
        },
        {
          id: "boris-lin",
          name: "Boris Lin",
          aliases: ["Lin", "Mr. Lin", `<b>Lin</b>`],
          country: "Keshia",
          roles: [{ title: "Minister of Public Security", sources: ["velgrad-talks"] }],
          articles: ["velgrad-talks", "yearly-review"],
        },
      ],
      organizations: [
        { id: "security-council-of-orvania", name: "Security Council of Orvania", aliases: ["the Council"], country: "Orvania", articles: ["velgrad-talks"] },
      ],
      places: [
        { id: "velgrad", name: "Velgrad", kind: "city", country: "Orvania", articles: ["velgrad-talks"] },
        { id: "orvania", name: "Orvania", kind: "country", articles: [] },
      ],
    },
  };
}
