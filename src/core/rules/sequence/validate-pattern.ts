// Checks the token patterns and rewrite templates of a sequence rule, naming the field of each
// problem ("patterns[0][2].tag: unknown tag VBX").
import { POS_CLASSES, TAGS } from "../../nlp/tokens.ts";
import { TEMPLATE_FILTERS, templateSlots } from "./rewrite-template.ts";
import { anchorSpec } from "./anchors.ts";
import { TOKEN_SPEC_KEYS, TOKEN_TEST_KEYS, type TokenPattern } from "./token-spec.ts";
import type { SequencePattern } from "../../types.ts";

export interface PatternIssue {
  field: string;
  message: string;
}

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const CAPTURE = /^[a-z][\w-]*$/;
const OPS = ["?", "*", "+", "!"];
const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function stringsOrOne(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value : [value];
  return list.length > 0 && list.every((v) => typeof v === "string" && v.trim() !== "") ? (list as string[]) : undefined;
}

function checkTests(spec: Record<string, unknown>, at: string, issues: PatternIssue[]): void {
  for (const key of TOKEN_TEST_KEYS) {
    if (spec[key] === undefined) continue;
    const values = stringsOrOne(spec[key]);
    if (!values) {
      issues.push({ field: `${at}.${key}`, message: "expected a word or a non-empty list of words" });
      continue;
    }
    if (key === "tag") for (const t of values) if (!TAGS.includes(t.replace(/\*$/, "") as never) && !(t.endsWith("*") && TAGS.some((x) => x.startsWith(t.slice(0, -1))))) issues.push({ field: `${at}.tag`, message: `unknown tag "${t}" (Penn Treebank tags such as VBN, NN, MD; a trailing * matches a prefix)` });
    if (key === "pos") for (const p of values) if (!POS_CLASSES.includes(p as never)) issues.push({ field: `${at}.pos`, message: `unknown part of speech "${p}" (expected one of ${POS_CLASSES.join(", ")})` });
    if (key === "class") for (const c of values) if (!ID.test(c)) issues.push({ field: `${at}.class`, message: `expected a lexicon id in kebab-case; got "${c}"` });
  }
}

/** Problems with one list of token patterns (field `name`); returns the capture names it defines. */
export function checkTokenPatterns(value: unknown, name: string, issues: PatternIssue[], needAnchor: boolean, firstIndex = 0): Set<string> {
  const captures = new Set<string>();
  if (!Array.isArray(value) || value.length === 0) {
    issues.push({ field: name, message: "expected a non-empty list of token patterns (each a list of token specs)" });
    return captures;
  }
  value.forEach((pattern, p) => {
    const at = name.endsWith(".tokens") ? name : `${name}[${p + firstIndex}]`;
    if (!Array.isArray(pattern) || pattern.length === 0 || !pattern.every(isMapping)) {
      issues.push({ field: at, message: "expected a non-empty list of token specs like { lemma: be } or { tag: VBN }" });
      return;
    }
    pattern.forEach((spec: Record<string, unknown>, s) => {
      const field = `${at}[${s}]`;
      for (const key of Object.keys(spec)) if (!(TOKEN_SPEC_KEYS as readonly string[]).includes(key)) issues.push({ field: `${field}.${key}`, message: `is not a token spec field (allowed: ${TOKEN_SPEC_KEYS.join(", ")})` });
      checkTests(spec, field, issues);
      if (spec.not !== undefined) {
        const tests = Array.isArray(spec.not) ? spec.not : [spec.not];
        tests.forEach((test, k) => {
          const at = Array.isArray(spec.not) ? `${field}.not[${k}]` : `${field}.not`;
          if (!isMapping(test)) return issues.push({ field: at, message: "expected a mapping of tests (word, lemma, tag, pos, class), or a list of them" });
          for (const key of Object.keys(test)) if (!(TOKEN_TEST_KEYS as readonly string[]).includes(key)) issues.push({ field: `${at}.${key}`, message: `is not a test (allowed: ${TOKEN_TEST_KEYS.join(", ")})` });
          checkTests(test, at, issues);
        });
      }
      if (!TOKEN_TEST_KEYS.some((k) => spec[k] !== undefined) && spec.not === undefined) issues.push({ field, message: "tests nothing: give word, lemma, tag, pos, class or not" });
      if (spec.op !== undefined && !OPS.includes(spec.op as string)) issues.push({ field: `${field}.op`, message: `expected one of ${OPS.join(" ")}; got ${JSON.stringify(spec.op)}` });
      if (spec.max !== undefined && (!Number.isInteger(spec.max) || (spec.max as number) < 1 || (spec.max as number) > 8)) issues.push({ field: `${field}.max`, message: "expected a whole number from 1 to 8" });
      if (spec.at !== undefined && spec.at !== "sentence-start" && spec.at !== "clause-start") issues.push({ field: `${field}.at`, message: "expected sentence-start or clause-start" });
      if (spec.capture !== undefined) {
        if (typeof spec.capture !== "string" || !CAPTURE.test(spec.capture)) issues.push({ field: `${field}.capture`, message: "expected a lowercase name" });
        else if (spec.op === "!") issues.push({ field: `${field}.capture`, message: 'a "!" spec matches no token, so it captures nothing' });
        else captures.add(spec.capture);
      }
    });
    if (needAnchor && !anchorSpec(pattern as TokenPattern)) {
      issues.push({ field: at, message: "needs an anchor: at least one spec that is not optional and names a word, lemma or class" });
    }
  });
  return captures;
}

/**
 * Normalises a rule's `patterns`: each is a list of token specs, or { tokens, replace?, safe? }.
 * Problems go to `issues`; the result keeps the well-formed ones.
 */
export function checkSequencePatterns(value: unknown, ruleReplace: string[] | undefined, issues: PatternIssue[]): SequencePattern[] {
  if (!Array.isArray(value) || value.length === 0) {
    issues.push({ field: "patterns", message: "expected a non-empty list of token patterns" });
    return [];
  }
  const patterns: SequencePattern[] = [];
  value.forEach((entry, i) => {
    const at = `patterns[${i}]`;
    const withReplace = isMapping(entry);
    if (withReplace) for (const key of Object.keys(entry)) if (!["tokens", "replace", "safe"].includes(key)) issues.push({ field: `${at}.${key}`, message: "is not a pattern field (tokens, replace, safe)" });
    const tokens = withReplace ? entry.tokens : entry;
    const captures = checkTokenPatterns([tokens], withReplace ? `${at}.tokens` : "patterns", issues, true, i);
    const own = withReplace && entry.replace !== undefined ? (typeof entry.replace === "string" ? [entry.replace] : stringsOrOne(entry.replace)) : undefined;
    if (withReplace && entry.replace !== undefined && !own) issues.push({ field: `${at}.replace`, message: "expected a template or a list of templates" });
    if (withReplace && entry.safe !== undefined && typeof entry.safe !== "boolean") issues.push({ field: `${at}.safe`, message: "expected true or false" });
    checkTemplates(own ?? ruleReplace ?? [], captures, issues, own ? `${at}.replace` : "replace");
    patterns.push({ tokens: tokens as TokenPattern, ...(own ? { replace: own } : {}), ...(withReplace && typeof entry.safe === "boolean" ? { safe: entry.safe } : {}) });
  });
  return patterns;
}

/** Problems with rewrite templates: each slot must be a capture (or {match}) and each filter known. */
export function checkTemplates(templates: string[], captures: Set<string>, issues: PatternIssue[], field = "replace"): void {
  templates.forEach((template, i) => {
    for (const slot of templateSlots(template)) {
      if (slot.name !== "match" && !captures.has(slot.name)) issues.push({ field: `${field}[${i}]`, message: `{${slot.name}} is not captured by its pattern (captures: ${[...captures].join(", ") || "none"})` });
      if (slot.filter && !(TEMPLATE_FILTERS as readonly string[]).includes(slot.filter)) issues.push({ field: `${field}[${i}]`, message: `unknown filter ":${slot.filter}" (expected one of ${TEMPLATE_FILTERS.join(", ")})` });
    }
  });
}
