import { readEntities, type EntityReading, type TextSegment } from "../../src/extract/entities/index.ts";

/** Read body paragraphs (and optionally other roles) written for a test. */
export function read(...texts: (string | TextSegment)[]): EntityReading {
  return readEntities(texts.map((t) => (typeof t === "string" ? { text: t, role: "body" } : t)));
}

export function names(r: EntityReading): string[] {
  return r.people.map((p) => p.name);
}

export function person(r: EntityReading, name: string) {
  const p = r.people.find((x) => x.name === name);
  if (!p) throw new Error(`no person ${name}; have ${names(r).join(", ")}`);
  return p;
}
