// The schema of a rule's front matter. One validator serves the build script, the CLI's extra
// rule folders and the site, and its errors name the file and the field.
import {
  AUDIENCES, CATEGORIES, DOCUMENT_TYPES, RULE_KINDS,
  type Actor, type BlockType, type Rule, type Severity, type Swap, type TokenPattern, type LearnedRule,
} from "../types.ts";
import { checkSequencePatterns, checkTokenPatterns } from "./sequence/validate-pattern.ts";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const BLOCKS: readonly BlockType[] = ["heading", "paragraph", "list-item", "table-cell", "blockquote", "front-matter", "image-alt"];
const ACTORS: readonly Actor[] = ["company", "reader", "third-party", "none"];
const METRICS = ["perspective-score", "we-you-ratio"] as const;
const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A problem with one field of one rule file. */
export interface SchemaIssue {
  field: string;
  message: string;
}

export class RuleFileError extends Error {
  readonly file: string;
  readonly issues: SchemaIssue[];
  constructor(file: string, issues: SchemaIssue[]) {
    super(`${file}: ${issues.map((i) => `${i.field}: ${i.message}`).join("; ")}`);
    this.name = "RuleFileError";
    this.file = file;
    this.issues = issues;
  }
}

type Data = Record<string, unknown>;

const COMMON = ["id", "title", "category", "severity", "kind", "principle", "appliesTo", "audiences", "message", "priority", "replaces"];
const CONTEXT = ["blocks", "notBlocks", "question", "actors"];
const FIELDS: Record<string, string[]> = {
  substitution: [...COMMON, ...CONTEXT, "swap", "unless"],
  pattern: [...COMMON, ...CONTEXT, "patterns", "requires", "unless", "replace", "safe"],
  sequence: [...COMMON, ...CONTEXT, "patterns", "requires", "unless", "replace", "safe"],
  survey: [...COMMON, ...CONTEXT, "asks", "unless", "replace"],
  metric: [...COMMON, "metric", "min", "max", "minSentences"],
  learned: [...COMMON, ...CONTEXT, "principles"],
};

class Checker {
  readonly issues: SchemaIssue[] = [];
  readonly data: Data;
  constructor(data: Data) {
    this.data = data;
  }

  fail(field: string, message: string): undefined {
    this.issues.push({ field, message });
    return undefined;
  }

  string(field: string, required = true): string | undefined {
    const value = this.data[field];
    if (value === undefined) return required ? this.fail(field, "is required") : undefined;
    if (typeof value !== "string" || value.trim() === "") return this.fail(field, `expected a non-empty string, got ${JSON.stringify(value)}`);
    return value;
  }

  oneOf<T extends string>(field: string, options: readonly T[], required = true): T | undefined {
    const value = this.string(field, required);
    if (value === undefined) return undefined;
    if (!options.includes(value as T)) return this.fail(field, `expected one of ${options.join(", ")}; got "${value}"`);
    return value as T;
  }

  strings(field: string, required = false): string[] | undefined {
    const value = this.data[field];
    if (value === undefined) return required ? this.fail(field, "is required") : undefined;
    if (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v !== "string" || v === "")) {
      return this.fail(field, "expected a non-empty list of strings");
    }
    return value as string[];
  }

  listOf<T extends string>(field: string, options: readonly T[], required = false): T[] | undefined {
    const values = this.strings(field, required);
    if (!values) return undefined;
    const bad = values.filter((v) => !options.includes(v as T));
    if (bad.length) return this.fail(field, `expected only ${options.join(", ")}; got ${bad.join(", ")}`);
    return values as T[];
  }

  boolean(field: string): boolean | undefined {
    const value = this.data[field];
    if (value === undefined) return undefined;
    if (typeof value !== "boolean") return this.fail(field, `expected true or false, got ${JSON.stringify(value)}`);
    return value;
  }

  number(field: string): number | undefined {
    const value = this.data[field];
    if (value === undefined) return undefined;
    if (typeof value !== "number" || !Number.isFinite(value)) return this.fail(field, `expected a number, got ${JSON.stringify(value)}`);
    return value;
  }

  swaps(): Swap[] | undefined {
    const value = this.data.swap;
    if (!Array.isArray(value) || value.length === 0) return this.fail("swap", "expected a non-empty list of { pattern, replace?, safe?, message? }");
    const swaps: Swap[] = [];
    value.forEach((item, i) => {
      const at = `swap[${i}]`;
      if (typeof item !== "object" || item === null || Array.isArray(item)) return this.fail(at, "expected a mapping with a pattern");
      const entry = item as Data;
      for (const key of Object.keys(entry)) {
        if (!["pattern", "replace", "safe", "message"].includes(key)) this.fail(`${at}.${key}`, "is not a known field (pattern, replace, safe, message)");
      }
      if (typeof entry.pattern !== "string" || entry.pattern === "") return this.fail(`${at}.pattern`, "expected a non-empty string");
      if (entry.replace !== undefined && typeof entry.replace !== "string") return this.fail(`${at}.replace`, "expected a string");
      if (entry.safe !== undefined && typeof entry.safe !== "boolean") return this.fail(`${at}.safe`, "expected true or false");
      if (entry.message !== undefined && typeof entry.message !== "string") return this.fail(`${at}.message`, "expected a string");
      swaps.push(entry as unknown as Swap);
    });
    return swaps;
  }
}

/** Validates a rule's front matter. Throws RuleFileError naming `file` and every bad field. */
export function validateRule(data: Data, file: string): Rule {
  const c = new Checker(data);
  const id = c.string("id");
  if (id !== undefined && !ID.test(id)) c.fail("id", `expected kebab-case (like sole-discretion); got "${id}"`);
  const kind = c.oneOf("kind", RULE_KINDS);
  const base = {
    id: id ?? "",
    title: c.string("title") ?? "",
    category: c.oneOf("category", CATEGORIES) ?? "obligation",
    severity: c.oneOf("severity", SEVERITIES) ?? "warning",
    kind: kind ?? "substitution",
    principle: c.string("principle") ?? "",
    appliesTo: c.listOf("appliesTo", DOCUMENT_TYPES, true) ?? ["any"],
    audiences: c.listOf("audiences", AUDIENCES),
    message: c.string("message") ?? "",
    priority: c.number("priority"),
    source: file,
  };
  const replaces = c.string("replaces", false);
  if (replaces !== undefined && !ID.test(replaces)) c.fail("replaces", `expected the kebab-case id of a built-in rule; got "${replaces}"`);
  if (replaces !== undefined) Object.assign(base, { replaces });
  if (base.priority !== undefined && (!Number.isInteger(base.priority) || Math.abs(base.priority) > 100)) c.fail("priority", "expected a whole number from -100 to 100");
  const context = {
    blocks: c.listOf("blocks", BLOCKS),
    notBlocks: c.listOf("notBlocks", BLOCKS),
    question: c.boolean("question"),
    actors: c.listOf("actors", ACTORS),
  };
  if (kind) {
    for (const key of Object.keys(data)) {
      if (!FIELDS[kind]!.includes(key) && key !== "sidebar" && key !== "tags") {
        c.fail(key, `is not a field of a ${kind} rule (allowed: ${FIELDS[kind]!.join(", ")})`);
      }
    }
  }
  let rule: Rule | undefined;
  switch (kind) {
    case "substitution":
      rule = { ...base, ...context, kind, swap: c.swaps() ?? [], unless: c.strings("unless") };
      break;
    case "pattern":
      rule = {
        ...base, ...context, kind,
        patterns: c.strings("patterns", true) ?? [],
        requires: c.strings("requires"),
        unless: c.strings("unless"),
        replace: c.string("replace", false),
        safe: c.boolean("safe"),
      };
      break;
    case "sequence": {
      const replace = data.replace === undefined ? undefined : typeof data.replace === "string" ? [data.replace] : c.strings("replace");
      const patterns = checkSequencePatterns(data.patterns, replace, c.issues);
      if (data.requires !== undefined) checkTokenPatterns(data.requires, "requires", c.issues, false);
      if (data.unless !== undefined) checkTokenPatterns(data.unless, "unless", c.issues, false);
      rule = {
        ...base, ...context, kind,
        patterns,
        requires: data.requires as TokenPattern[] | undefined,
        unless: data.unless as TokenPattern[] | undefined,
        replace,
        safe: c.boolean("safe"),
      };
      break;
    }
    case "survey":
      rule = { ...base, ...context, kind, asks: c.strings("asks", true) ?? [], unless: c.strings("unless"), replace: c.string("replace", false) };
      break;
    case "learned": {
      const principles = data.principles as Record<string, unknown> | undefined;
      if (typeof principles !== "object" || principles === null || Array.isArray(principles)) c.fail("principles", "expected a mapping from each category to the id of the principle to read");
      else {
        for (const category of CATEGORIES) if (typeof principles[category] !== "string" || !ID.test(principles[category] as string)) c.fail(`principles.${category}`, "expected a principle id");
        for (const key of Object.keys(principles)) if (!(CATEGORIES as readonly string[]).includes(key)) c.fail(`principles.${key}`, `is not a category (${CATEGORIES.join(", ")})`);
      }
      rule = { ...base, ...context, kind, principles: (principles ?? {}) as LearnedRule["principles"] };
      break;
    }
    case "metric": {
      const min = c.number("min");
      const max = c.number("max");
      if (min === undefined && max === undefined) c.fail("min", "a metric rule needs min or max");
      rule = {
        ...base, kind,
        metric: c.oneOf("metric", METRICS) ?? "perspective-score",
        min, max,
        minSentences: c.number("minSentences"),
      };
      break;
    }
  }
  if (c.issues.length > 0 || !rule) throw new RuleFileError(file, c.issues);
  // Drop unset optional fields so the compiled rulebook stays small and stable.
  return JSON.parse(JSON.stringify(rule)) as Rule;
}
