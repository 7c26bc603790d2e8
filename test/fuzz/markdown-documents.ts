// Markdown-ish documents for fuzzing the core: block and inline markers nested up to a bounded
// depth, code fences, HTML, front matter, rule trigger phrases, and hostile text (CRLF, BOM,
// control characters, lone surrogates, astral characters, very long lines).
import fc from "fast-check";

// Nesting stays below 50: deeper lists and blockquotes are handled by a separate fix in prose-view.ts.
export const MAX_NESTING = 40;

const phrases = fc.constantFrom(
  "Users must", "at our sole discretion", "How satisfied are you with our service?", "We reserve the right",
  "you must", "\"must\"", "e.g. ", ". ", "? ", "https://example.com ", "Your account has been suspended.",
  "By using this site, you agree to our terms.", "We may change our fees at any time.",
);

const markers = fc.constantFrom(
  "# ", "## ", "- ", "1. ", "> ", "```\n", "~~~\n", "    ", "`", "**", "_", "[", "](", ")", "![", "<!--", "-->",
  "<div>", "</div>", "<br/>", "|", "| --- |", "---\n", "\n", "\n\n", "\r\n", "\r", "\uFEFF", "\t", "&amp;", "\\",
  "<!-- outside-in-disable -->", "<!-- outside-in-enable -->",
);

const hostileCharacters = fc.constantFrom("\u0000", "\u0007", "\u001B", "\u007F", "\u2028", "\u00A0", "\uD800", "\uDFFF", "😀", "\u200B", "\u0301", "ſ", "K");

const nested = fc
  .tuple(fc.integer({ min: 1, max: MAX_NESTING }), fc.constantFrom("> ", "- ", "1. ", "  - ", "* "), phrases)
  .map(([depth, marker, text]) => marker.repeat(depth) + text + "\n");

const fence = fc.tuple(fc.constantFrom("```", "~~~", "````"), fc.string({ maxLength: 20 }), fc.boolean())
  .map(([mark, body, closed]) => `${mark}js\n${body}\n${closed ? mark : ""}\n`);

const frontMatter = fc.tuple(phrases, fc.string({ maxLength: 10 })).map(([title, extra]) => `---\ntitle: ${title}\ndescription: ${extra}\n---\n`);

const longLine = fc.tuple(fc.constantFrom("a", "word ", "must ", "-", " "), fc.integer({ min: 500, max: 4000 })).map(([unit, n]) => unit.repeat(n));

const fragment = fc.oneof(
  { weight: 4, arbitrary: markers },
  { weight: 4, arbitrary: phrases },
  { weight: 2, arbitrary: hostileCharacters },
  { weight: 1, arbitrary: nested },
  { weight: 1, arbitrary: fence },
  { weight: 1, arbitrary: longLine },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
);

/** A document: optional front matter, then up to 40 fragments. */
export const markdownDocuments = fc
  .tuple(fc.option(frontMatter, { nil: "" }), fc.option(fc.constant("\uFEFF"), { nil: "" }), fc.array(fragment, { maxLength: 40 }))
  .map(([front, bom, parts]) => bom + front + parts.join(""));
