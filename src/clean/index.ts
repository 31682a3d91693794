// The clean stage's public API: RawDoc -> CleanDoc (blocks with roles and reasons), the clean
// body as plain text, and the `clean` command over a folder of page dumps.

export { clean, cleanBodyText } from "./clean-doc.ts";
export { runCleanCommand, rawDocFromText } from "./command.ts";
