// Bytes -> string. Decides the encoding from evidence in the bytes only (BOM, NULs, UTF-8
// validity) and says what it guessed; never throws.

export type DecodeResult =
  | { ok: true; text: string; encoding: string; warnings: string[] }
  | { ok: false; error: string };

const BINARY_MAGIC: { name: string; bytes: number[] }[] = [
  { name: "PNG image", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: "JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "PDF document", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: "ZIP archive", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "gzip archive", bytes: [0x1f, 0x8b] },
];

/** Windows-1252 bytes 0x80–0x9F (0xA0–0xFF equal their Latin-1 code points). null = undefined byte. */
const CP1252_HIGH: (string | null)[] = [
  "€", null, "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", null, "Ž", null,
  null, "‘", "’", "“", "”", "•", "–", "—", "˜", "™", "š", "›", "œ", null, "ž", "Ÿ",
];

const CP1252_UNITS = Uint16Array.from(CP1252_HIGH, (ch) => (ch === null ? 0 : ch.charCodeAt(0)));

// One decoder for every file: a call without { stream: true } starts from a fresh state.
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), "le");
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), "be");
  const hasUtf8Bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;

  const magic = BINARY_MAGIC.find((m) => m.bytes.every((b, i) => body[i] === b));
  if (magic) return { ok: false, error: `binary file (${magic.name}) — not an article` };
  if (body.indexOf(0) !== -1) return { ok: false, error: "binary file (NUL bytes) — not an article" };
  const controls = countControlBytes(body);
  if (looksBinary(controls, body.length)) return { ok: false, error: binaryControlsMessage(controls) };

  try {
    const text = UTF8.decode(body);
    return { ok: true, text, encoding: "utf-8", warnings: [] };
  } catch {
    return decodeMixed(body);
  }
}

function decodeUtf16(body: Uint8Array, order: "le" | "be"): DecodeResult {
  const warnings: string[] = [];
  let even = body;
  if (body.length % 2 === 1) {
    even = body.subarray(0, body.length - 1);
    warnings.push("UTF-16 file has an odd number of bytes; the last byte was dropped");
  }
  // Swap to little-endian ourselves: "utf-16be" is not available in every Node ICU build.
  const le = order === "le" ? even : swapPairs(even);
  let text: string;
  try {
    text = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true }).decode(le);
  } catch {
    text = new TextDecoder("utf-16le", { ignoreBOM: true }).decode(le);
    warnings.push("invalid UTF-16 (unpaired surrogates) replaced with U+FFFD");
  }
  if (text.includes("\u0000")) return { ok: false, error: "binary file (NUL bytes) — not an article" };
  return { ok: true, text, encoding: `utf-16${order}`, warnings };
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1]!;
    out[i + 1] = bytes[i]!;
  }
  return out;
}

/**
 * Invalid UTF-8: keep every valid UTF-8 sequence and read each byte that is not part of one as
 * Windows-1252. A pure Windows-1252 file comes out right (its high bytes almost never form valid
 * UTF-8), and so does the common mix of a UTF-8 file with a pasted Windows-1252 fragment.
 * One pass into a UTF-16 buffer: a byte never yields more than one code unit (4-byte sequences
 * yield two), so `body.length` units always suffice.
 */
function decodeMixed(body: Uint8Array): DecodeResult {
  const units = new Uint16Array(body.length);
  let n = 0;
  let asCp1252 = 0;
  let undefinedBytes = 0;
  const samples = new Set<string>();
  let i = 0;
  while (i < body.length) {
    const b0 = body[i]!;
    const len = utf8SequenceLength(body, i);
    if (len === 1) {
      units[n++] = b0;
    } else if (len === 2) {
      units[n++] = ((b0 & 0x1f) << 6) | (body[i + 1]! & 0x3f);
    } else if (len === 3) {
      units[n++] = ((b0 & 0x0f) << 12) | ((body[i + 1]! & 0x3f) << 6) | (body[i + 2]! & 0x3f);
    } else if (len === 4) {
      const cp = ((b0 & 0x07) << 18) | ((body[i + 1]! & 0x3f) << 12) | ((body[i + 2]! & 0x3f) << 6) | (body[i + 3]! & 0x3f);
      units[n++] = 0xd800 + ((cp - 0x10000) >> 10);
      units[n++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    } else {
      const unit = b0 >= 0xa0 ? b0 : CP1252_UNITS[b0 - 0x80]!;
      if (unit === 0) {
        undefinedBytes++;
        units[n++] = 0xfffd;
      } else {
        asCp1252++;
        if (samples.size < 5) samples.add(String.fromCharCode(unit));
        units[n++] = unit;
      }
    }
    i += len === 0 ? 1 : len;
  }

  const warnings: string[] = [];
  if (asCp1252 > 0) {
    warnings.push(
      `not valid UTF-8: ${asCp1252} byte${asCp1252 === 1 ? "" : "s"} decoded as Windows-1252 (${[...samples].join(" ")})`,
    );
  }
  if (undefinedBytes > 0) {
    warnings.push(`${undefinedBytes} byte${undefinedBytes === 1 ? "" : "s"} not valid in UTF-8 or Windows-1252 replaced with U+FFFD`);
  }
  return { ok: true, text: unitsToString(units.subarray(0, n)), encoding: "utf-8+windows-1252", warnings };
}

function unitsToString(units: Uint16Array): string {
  // Uint16Array is in platform byte order; on the (little-endian) platforms Node runs on, the
  // native UTF-16LE decoder turns it into a string in one call.
  if (LITTLE_ENDIAN) return new TextDecoder("utf-16le").decode(units);
  const parts: string[] = [];
  for (let at = 0; at < units.length; at += 8192) parts.push(String.fromCharCode(...units.subarray(at, at + 8192)));
  return parts.join("");
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there does not start one. */
export function utf8SequenceLength(b: Uint8Array, i: number): number {
  const b0 = b[i]!;
  if (b0 < 0x80) return 1;
  const b1 = b[i + 1] ?? 0;
  if (b0 >= 0xc2 && b0 <= 0xdf) return isCont(b1) ? 2 : 0;
  const b2 = b[i + 2] ?? 0;
  // Second-byte ranges exclude overlong forms and UTF-16 surrogates (0xED 0xA0..).
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    return b1 >= lo && b1 <= hi && isCont(b2) ? 3 : 0;
  }
  const b3 = b[i + 3] ?? 0;
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    return b1 >= lo && b1 <= hi && isCont(b2) && isCont(b3) ? 4 : 0;
  }
  return 0;
}

function isCont(b: number): boolean {
  return b >= 0x80 && b <= 0xbf;
}

/** Many control characters mean a binary file, even without NULs. */
export function looksBinary(controls: number, total: number): boolean {
  return controls >= 8 && controls > total * 0.05;
}

export function binaryControlsMessage(controls: number): string {
  return `binary file (${controls} control characters) — not an article`;
}

/** C0 controls other than tab, line feed, form feed and carriage return, plus DEL. */
function countControlBytes(b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < b.length; i++) {
    const v = b[i]!;
    if ((v < 0x20 && v !== 0x09 && v !== 0x0a && v !== 0x0c && v !== 0x0d) || v === 0x7f) n++;
  }
  return n;
}
