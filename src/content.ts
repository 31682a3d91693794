// What a site file holds: text, bytes, or text made piece by piece — the data files of a large
// corpus run to tens of megabytes, and are written without ever being one string.

export class TextParts {
  /** `parts` gives the pieces in order; it may be called more than once (each call starts over). */
  constructor(readonly parts: () => Iterable<string>) {}

  toString(): string {
    let text = "";
    for (const part of this.parts()) text += part;
    return text;
  }
}

export type FileContent = string | Uint8Array | TextParts;

/** The content as one string or bytes (tests, and small sites held in a Map). */
export const materialise = (content: FileContent): string | Uint8Array => (content instanceof TextParts ? content.toString() : content);
