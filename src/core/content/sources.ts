// Reads a principle's `## Sources` entries as citations: a title (quoted or linked), a link where
// the work is public, and a date (a year, or "undated" said out loud).
import type { MarkdownLink } from "./links.ts";

export interface Citation {
  /** The work's title: the first link's text or the first quoted phrase. */
  title?: string;
  /** Where to read it, when public: the link whose text is the title. */
  url?: string;
  /** The first year named (e.g. "2019"), or "undated"; undefined when the entry says neither. */
  date?: string;
}

// A title in straight or curly double quotes: "Customer-Centered Culture: Do This, Not That".
const QUOTED = /["“]([^"”]+)["”]/;
// A four-digit year from 1900 to 2099, as a whole word.
const YEAR = /\b(19|20)\d{2}\b/;

/** Reads a citation from a source entry's plain text and its links. */
export function citationOf(text: string, links: MarkdownLink[]): Citation {
  const quoted = QUOTED.exec(text);
  const firstLink = links.find((l) => /^https?:\/\//.test(l.url));
  // A link counts as the title when it comes before any quoted phrase (or is itself quoted).
  const linkIsTitle = firstLink && (!quoted || text.indexOf(firstLink.text) <= quoted.index + 1);
  const title = linkIsTitle ? firstLink.text.replace(/^["“]|["”]$/g, "") : quoted?.[1];
  const year = YEAR.exec(text)?.[0];
  const undated = /\bundated\b/i.test(text);
  // The date that belongs to the work is the first one written; "undated" before any year wins.
  const date = undated && (!year || text.search(/\bundated\b/i) < text.indexOf(year)) ? "undated" : year;
  return { title: title?.trim() || undefined, url: linkIsTitle ? firstLink.url : undefined, date };
}
