// The works the principles cite, each once: title, link where public, date, and who cites it.
import { allPrinciples, type PrincipleEntry } from "./playbook.ts";

export interface Work {
  title: string;
  url?: string;
  /** A year, or "undated". */
  date: string;
  citedBy: PrincipleEntry[];
}

/** Every cited work, by title, A–Z. */
export function allWorks(): Work[] {
  const works = new Map<string, Work>();
  for (const principle of allPrinciples()) {
    for (const citation of principle.parsed.citations) {
      if (!citation.title) continue; // the content check reports it
      const work = works.get(citation.title) ?? { title: citation.title, date: citation.date ?? "undated", citedBy: [] };
      work.url ??= citation.url;
      if (!work.citedBy.includes(principle)) work.citedBy.push(principle);
      works.set(citation.title, work);
    }
  }
  return [...works.values()].sort((a, b) => a.title.localeCompare(b.title));
}
