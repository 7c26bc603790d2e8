// Reads one lexicon file (content/lexicons/<id>.md): front matter lists the entries, the body says
// why the words matter and gives examples (Don't: a sentence a rule using the lexicon flags).
import type { Lexicon, LexiconEntry } from "../types.ts";
import { RuleFileError, type SchemaIssue } from "./rule-schema.ts";
import { contentFileParts, docsOf } from "./parse-rule-file.ts";

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const FIELDS = ["id", "title", "description", "entries"];

function entries(value: unknown, issues: SchemaIssue[]): LexiconEntry[] {
  if (!Array.isArray(value) || value.length === 0) {
    issues.push({ field: "entries", message: "expected a non-empty list of words or { phrase, note }" });
    return [];
  }
  const seen = new Map<string, number>();
  const list: LexiconEntry[] = [];
  value.forEach((item, i) => {
    const entry = typeof item === "string" ? { phrase: item } : item;
    if (typeof entry !== "object" || entry === null || typeof entry.phrase !== "string" || entry.phrase.trim() === "") {
      issues.push({ field: `entries[${i}]`, message: "expected a word, or a mapping with a phrase and an optional note" });
      return;
    }
    for (const key of Object.keys(entry)) if (key !== "phrase" && key !== "note") issues.push({ field: `entries[${i}].${key}`, message: "is not a field (phrase, note)" });
    if (entry.note !== undefined && typeof entry.note !== "string") issues.push({ field: `entries[${i}].note`, message: "expected a string" });
    const key = entry.phrase.trim().toLowerCase();
    if (seen.has(key)) issues.push({ field: `entries[${i}]`, message: `"${entry.phrase}" is also entries[${seen.get(key)}]` });
    seen.set(key, i);
    list.push(entry.note ? { phrase: entry.phrase.trim(), note: entry.note } : { phrase: entry.phrase.trim() });
  });
  return list;
}

/** Parses and validates a lexicon file. Throws RuleFileError naming `file` and the bad fields. */
export function parseLexiconFile(text: string, file: string): Lexicon {
  const parsed = contentFileParts(text, file);
  const data = parsed.data as Record<string, unknown>;
  const issues: SchemaIssue[] = [];
  for (const key of Object.keys(data)) if (!FIELDS.includes(key)) issues.push({ field: key, message: `is not a lexicon field (allowed: ${FIELDS.join(", ")})` });
  const text_ = (field: string) => {
    const value = data[field];
    if (typeof value !== "string" || value.trim() === "") {
      issues.push({ field, message: value === undefined ? "is required" : "expected a non-empty string" });
      return "";
    }
    return value.trim();
  };
  const id = text_("id");
  if (id && !ID.test(id)) issues.push({ field: "id", message: `expected kebab-case; got "${id}"` });
  const expected = /(?:^|[\\/])([^\\/]+)\.md$/.exec(file)?.[1];
  if (id && expected && expected !== id) issues.push({ field: "id", message: `must match the file name "${expected}"` });
  const lexicon: Lexicon = { id, title: text_("title"), description: text_("description"), entries: entries(data.entries, issues), source: file };
  if (issues.length) throw new RuleFileError(file, issues);
  return { ...lexicon, docs: docsOf(parsed.body) };
}
