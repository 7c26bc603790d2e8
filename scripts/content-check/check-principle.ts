// Checks a principle page's body: statement, section order, Do/Don't pairs and related-rule links.
import { PRINCIPLE_SECTIONS, type ParsedPrinciple } from "../../src/core/content/principle.ts";
import type { Sink } from "./sink.ts";

function checkSections(file: string, parsed: ParsedPrinciple, sink: Sink): void {
  const found = parsed.outline.sections.map((s) => s.heading);
  for (const heading of PRINCIPLE_SECTIONS) {
    if (!found.includes(heading)) sink.error({ file, field: `## ${heading}`, message: "section is missing" });
  }
  for (const section of parsed.outline.sections) {
    if (!(PRINCIPLE_SECTIONS as readonly string[]).includes(section.heading)) {
      sink.error({ file, field: `## ${section.heading}`, line: section.line, message: `is not a principle section; use: ${PRINCIPLE_SECTIONS.join(", ")}` });
    }
  }
  const known = found.filter((h) => (PRINCIPLE_SECTIONS as readonly string[]).includes(h));
  const expected = PRINCIPLE_SECTIONS.filter((h) => known.includes(h));
  if (known.join("\n") !== expected.join("\n")) {
    sink.error({ file, field: "sections", message: `are out of order: found ${known.join(" > ")}; expected ${expected.join(" > ")}` });
  }
}

function checkPairs(file: string, parsed: ParsedPrinciple, minPairs: number, sink: Sink): void {
  const field = "## Do and don't";
  const complete = parsed.pairs.filter((p) => p.dont && p.do);
  if (complete.length < minPairs) {
    sink.error({ file, field, message: `has ${complete.length} complete Do/Don't pairs; at least ${minPairs} are needed` });
  }
  for (const pair of parsed.pairs) {
    if (!pair.dont) sink.error({ file, field, line: pair.line, message: 'pair has no "**Don\'t:**" paragraph' });
    if (!pair.do) sink.error({ file, field, line: pair.line, message: 'pair has no "**Do:**" paragraph' });
    if (pair.dont && pair.do && pair.do.range.start < pair.dont.range.start) {
      sink.error({ file, field, line: pair.line, message: "pair puts Do before Don't; the Don't comes first" });
    }
  }
  for (const item of parsed.unlabelledItems) {
    sink.error({ file, field, line: item.line, message: `list item is not a Do/Don't pair: "${item.text.slice(0, 60)}"` });
  }
}

function checkRelatedRules(file: string, parsed: ParsedPrinciple, sink: Sink): void {
  const declared = Array.isArray(parsed.frontMatter["relatedRules"]) ? (parsed.frontMatter["relatedRules"] as unknown[]) : [];
  const linked = parsed.relatedRuleLinks.map((l) => /(?:^|\/)rules\/([^/#?]+)\.md/.exec(l.url)?.[1]);
  for (const link of parsed.relatedRuleLinks) {
    if (!/(?:^|\/)rules\/[^/#?]+\.md/.test(link.url)) {
      sink.error({ file, field: "## Related writing rules", line: link.line, message: `links ${link.url}, which is not a rule file` });
    }
  }
  for (const id of declared) {
    if (typeof id === "string" && !linked.includes(id)) {
      sink.error({ file, field: "relatedRules", message: `lists "${id}", but ## Related writing rules does not link it` });
    }
  }
  for (const [i, id] of linked.entries()) {
    if (id && !declared.includes(id)) {
      sink.error({ file, field: "## Related writing rules", line: parsed.relatedRuleLinks[i]!.line, message: `links "${id}", which relatedRules does not list` });
    }
  }
}

// Readers need to find each source: a title, and a year or an honest "undated".
function checkCitations(file: string, parsed: ParsedPrinciple, sink: Sink): void {
  for (const c of parsed.citations) {
    if (!c.title) sink.error({ file, field: "## Sources", line: c.line, message: 'source has no title: put it in "double quotes" or make it the link text' });
    if (!c.date) sink.error({ file, field: "## Sources", line: c.line, message: 'source has no date: give the year, or write "undated"' });
  }
}

/** Every body check for one principle. */
export function checkPrincipleBody(file: string, parsed: ParsedPrinciple, minPairs: number, sink: Sink): void {
  for (const title of parsed.outline.titles) {
    sink.error({ file, field: "body", line: title.line, message: `has a level-1 heading "${title.text}"; the site renders the title from front matter` });
  }
  if (!parsed.statement) sink.error({ file, field: "statement", message: "the one-line statement (first paragraph, before any heading) is missing" });
  checkSections(file, parsed, sink);
  checkPairs(file, parsed, minPairs, sink);
  // A missing section is already reported; only flag sections that exist but hold no list.
  const has = (heading: string) => parsed.outline.sections.some((s) => s.heading === heading);
  if (has("How to apply it") && parsed.steps.length === 0) sink.error({ file, field: "## How to apply it", message: "has no steps" });
  if (has("Questions to ask") && parsed.questions.length === 0) sink.error({ file, field: "## Questions to ask", message: "has no questions" });
  if (has("Sources") && parsed.sources.length === 0) sink.error({ file, field: "## Sources", message: "lists no sources" });
  checkCitations(file, parsed, sink);
  checkRelatedRules(file, parsed, sink);
}
