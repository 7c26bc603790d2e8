// Reads one rule file (content/rules/<id>.md): front matter picks the kind, the body explains it.
import { splitFrontMatter, FrontMatterError } from "../content/front-matter.ts";
import { parseDoDont } from "../content/do-dont.ts";
import type { Rule, RuleDocs, RuleExample } from "../types.ts";
import { validateRule, RuleFileError, type SchemaIssue } from "./rule-schema.ts";
import { compilePattern, PatternError } from "./safe-pattern.ts";

/** The Markdown under a `## Heading` up to the next heading of level 1 or 2. */
export function section(body: string, heading: RegExp): string {
  const lines = body.split(/\r?\n/);
  const at = lines.findIndex((l) => /^##\s/.test(l) && heading.test(l.replace(/^##\s+/, "")));
  if (at < 0) return "";
  const rest = lines.slice(at + 1);
  const end = rest.findIndex((l) => /^#{1,2}\s/.test(l));
  return (end < 0 ? rest : rest.slice(0, end)).join("\n").trim();
}

/** The "Why it matters" section and the Do/Don't examples of a rule or lexicon body. */
export function docsOf(body: string): RuleDocs {
  const why = section(body, /^why/i);
  const dont: RuleExample[] = [];
  const doExamples: RuleExample[] = [];
  for (const item of parseDoDont(section(body, /^examples/i))) {
    if (item.dont) dont.push(item.rewrite ? { text: item.dont.text, rewrite: item.rewrite.text } : { text: item.dont.text });
    if (item.do) doExamples.push({ text: item.do.text });
  }
  return { why, dont, do: doExamples };
}

// Every pattern must compile safely; a bad one names its field.
function patternFields(rule: Rule): Array<[string, string]> {
  const fields: Array<[string, string]> = [];
  const add = (name: string, list: string[] | undefined) => list?.forEach((p, i) => fields.push([`${name}[${i}]`, p]));
  switch (rule.kind) {
    case "substitution":
      rule.swap.forEach((s, i) => fields.push([`swap[${i}].pattern`, s.pattern]));
      add("unless", rule.unless);
      break;
    case "pattern":
      add("patterns", rule.patterns);
      add("requires", rule.requires);
      add("unless", rule.unless);
      break;
    case "survey":
      add("asks", rule.asks);
      add("unless", rule.unless);
      break;
    case "sequence":
    case "learned":
    case "metric":
      break;
  }
  return fields;
}

/** A content file's front matter and body; a broken front matter is a RuleFileError naming `file`. */
export function contentFileParts(text: string, file: string): ReturnType<typeof splitFrontMatter> {
  try {
    return splitFrontMatter(text);
  } catch (error) {
    if (error instanceof FrontMatterError) throw new RuleFileError(file, [{ field: "front matter", message: error.message }]);
    throw error;
  }
}

/** Parses and validates a rule file. Throws RuleFileError naming `file` and the bad fields. */
export function parseRuleFile(text: string, file: string): Rule {
  const parsed = contentFileParts(text, file);
  const rule = validateRule(parsed.data, file);
  const issues: SchemaIssue[] = [];
  for (const [field, pattern] of patternFields(rule)) {
    try {
      compilePattern(pattern);
    } catch (error) {
      if (!(error instanceof PatternError)) throw error;
      issues.push({ field, message: error.message });
    }
  }
  const expected = /(?:^|[\\/])([^\\/]+)\.md$/.exec(file)?.[1];
  if (expected && expected !== rule.id) issues.push({ field: "id", message: `must match the file name "${expected}"` });
  if (issues.length) throw new RuleFileError(file, issues);
  return { ...rule, docs: docsOf(parsed.body) };
}
