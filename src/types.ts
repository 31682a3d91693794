// The typed boundaries between the pipeline's stages:
//   ingest: files -> RawDoc;  clean: RawDoc -> CleanDoc;  extract: CleanDoc -> ExtractedDoc;
//   link: ExtractedDoc[] -> Corpus;  render: Corpus -> files.
// The public JSON shapes (Article, Meeting, entities) follow ../shared/docs/data-contract.md.

// ---------------------------------------------------------------- dates

export type Precision = "day" | "month" | "year" | "unknown";

/** A date no more precise than its evidence. `value` matches `precision`'s form. */
export interface FuzzyDate {
  value: string | null; // "YYYY-MM-DD" | "YYYY-MM" | "YYYY" | null
  precision: Precision;
  earliest: string | null; // inclusive bounds the evidence allows, "YYYY-MM-DD"
  latest: string | null;
  evidence: string[];
}

// ---------------------------------------------------------------- ingest

/** Fields a seed's YAML front matter may set; they win over inference. */
export interface FrontMatter {
  title?: string;
  subtitle?: string;
  slug?: string;
  published?: string; // ISO date, "YYYY-MM" or "YYYY"
  publisher?: string | { name: string; url?: string };
  original_publisher?: string | { name: string; url?: string };
  authors?: (string | { name: string; email?: string })[];
  via?: string[];
  tags?: string[];
}

export interface RawDoc {
  /** Seed path relative to the project root, with forward slashes: "seeds/000_x.txt". */
  source: string;
  /** URL-safe slug, stable for the same file name (or front-matter slug). */
  id: string;
  /** The article text after front matter, decoded, NFC-normalised, "\n" line ends. */
  text: string;
  /** 1-based line number in the file of `text`'s first line (front matter shifts it). */
  firstLine: number;
  frontMatter: FrontMatter;
  /** sha256 of the file's bytes; the cache key of per-document stages. */
  hash: string;
  /** Problems that did not stop the document (encoding guessed, lines cut, ...). */
  warnings: string[];
}

// ---------------------------------------------------------------- clean

export type BlockRole =
  | "headline"
  | "dek" // standfirst / sub-headline lines under the headline
  | "byline"
  | "dateline"
  | "caption"
  | "credit" // photo / wire credit ("Photo by AFP Yonhap News")
  | "body"
  | "subheading" // in-body section heading, rendered as "##"
  | "source-note" // "Source: Global Times" (repost attribution)
  | "signature" // author name / e-mail at the end of an article
  | "nav"
  | "related" // "Latest Stories", "You May Also Like", popular lists
  | "comments"
  | "share"
  | "footer" // copyright, legal
  | "form"
  | "ad"
  | "duplicate" // a repeat of a line kept elsewhere
  | "noise"; // anything else that is not article text

export interface Block {
  /** 1-based line number in RawDoc.text where this block starts. */
  line: number;
  /** The block's text (a whole line, or a piece of one when a line was split). */
  text: string;
  role: BlockRole;
  /** Why the block got its role, in words a user can check ("3 words, no sentence end, in a list of 6 links"). */
  reason: string;
}

export interface CleanDoc {
  raw: RawDoc;
  /** Every non-blank input line is covered by exactly one block, or several when a line was split. */
  blocks: Block[];
}

// ---------------------------------------------------------------- extract

export interface PersonMention {
  /** Full name as the text gives it at its fullest ("Sergei Shoigu"). */
  name: string;
  /** Other surface forms seen in this article ("Shoigu", "Secretary Shoigu"). */
  aliases: string[];
  roles: { title: string; evidence: string }[];
  country: string | null; // "Russia", "China", ...
}

export interface OrgMention {
  name: string;
  aliases: string[];
  country: string | null;
}

export interface PlaceMention {
  name: string;
  kind: "city" | "country" | "region";
  country: string | null;
}

export interface QuoteMention {
  /** Full name of the speaker (matching a PersonMention.name), or null. */
  speaker: string | null;
  text: string;
}

/** What the text said of a date it could not place on the calendar by itself; other sources may. */
export interface RelativeDate {
  /** "on the 11th", "from the 11th to the 15th": days of a month the text does not name. */
  days?: [number, number];
  /** "in November last year": the month (1–12) ... */
  month?: number;
  /** ... and the year relative to the year of writing (-1 for "last year"). */
  yearOffset?: number;
  /** No date of its own: on or before the article was written. */
  beforePublication?: boolean;
  /** "on Tuesday" that the article alone cannot place: 0 = Sunday ... 6 = Saturday. */
  weekday?: number;
}

export interface MeetingMention {
  /** Participants by full name, as in PersonMention.name. */
  participants: string[];
  place: { city?: string; country?: string } | null;
  date: FuzzyDate;
  end: FuzzyDate | null;
  series: string | null;
  round: number | null;
  kind: "reported" | "mentioned";
  /** The sentence the meeting was read from. */
  evidence: string;
  /** Set when the date is relative to something the article does not date (see link/anchor.ts). */
  relative?: RelativeDate;
  /** A one-person visit ("X visited China in November"): never on the timeline, but it can date other reports. */
  visit?: boolean;
  /** The last day of the visit the meeting belongs to, as this source gives it ("until December 15"). */
  visitEnd?: FuzzyDate;
}

export interface Publisher {
  name: string;
  url?: string;
}

/** What one article says, before the corpus links names across articles. */
export interface ExtractedDoc {
  id: string;
  source: string;
  hash: string;
  title: string;
  title_inferred: boolean;
  subtitle: string | null;
  authors: { name: string; email?: string }[];
  publisher: Publisher | null;
  original_publisher: Publisher | null;
  via: string[];
  credits: string[];
  images: { caption: string; credit?: string }[];
  published: FuzzyDate;
  body: string; // Markdown
  removed: { line: number; text: string; reason: string }[];
  people: PersonMention[];
  organizations: OrgMention[];
  places: PlaceMention[];
  quotes: QuoteMention[];
  meetings: MeetingMention[];
  warnings: string[];
}

// ---------------------------------------------------------------- link (public data contract)

export interface Article {
  id: string;
  source: string;
  url: string;
  title: string;
  title_inferred: boolean;
  subtitle: string | null;
  authors: { name: string; email?: string }[];
  publisher: Publisher | null;
  original_publisher: Publisher | null;
  via: string[];
  credits: string[];
  images: { caption: string; credit?: string }[];
  published: FuzzyDate;
  body: string;
  removed: { line: number; text: string; reason: string }[];
  people: string[];
  organizations: string[];
  places: string[];
  quotes: { speaker: string | null; text: string }[];
  meetings: string[];
  warnings: string[];
  /** Extra (allowed by the contract): ids of related articles, by shared meetings and people. */
  related: string[];
}

export interface Meeting {
  id: string;
  title: string;
  date: FuzzyDate;
  end: FuzzyDate | null;
  place: { city?: string; country?: string } | null;
  participants: { person: string; name: string; role?: string; country?: string }[];
  series: string | null;
  round: number | null;
  kind: "reported" | "mentioned";
  sources: string[];
  conflicts: { field: string; claims: { value: string; sources: string[] }[] }[];
  /** Extra: the sentences each source gave for it. */
  evidence: { source: string; text: string }[];
}

export interface Person {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  roles: { title: string; from?: string; to?: string; sources: string[] }[];
  articles: string[];
}

export interface Organization {
  id: string;
  name: string;
  aliases: string[];
  country?: string;
  articles: string[];
}

export interface Place {
  id: string;
  name: string;
  kind: "city" | "country" | "region";
  country?: string;
  articles: string[];
}

export interface Entities {
  people: Person[];
  organizations: Organization[];
  places: Place[];
}

export interface Corpus {
  articles: Article[];
  meetings: Meeting[];
  entities: Entities;
}

// ---------------------------------------------------------------- site

export interface SiteConfig {
  title: string;
  /** Absolute site URL for feeds and sitemap, e.g. "https://example.org/news/"; links stay relative. */
  url: string | null;
  language: string;
}
