// `--baseline FILE`: findings recorded once are not reported again; only new ones are.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import type { Finding } from "../core/index.ts";
import { UsageError } from "./args.ts";
import { toPosix } from "../project/glob-match.ts";
import type { FileReport } from "./report.ts";

/** The signature key: a file without it is never read as a baseline, nor overwritten. */
export const BASELINE_SIGNATURE = "outsideInBaseline";

/**
 * Known findings: file path (relative to the baseline's folder) → rule id → flagged text → how many.
 * No line numbers, so edits elsewhere in a file do not make old findings look new.
 */
export type BaselineEntries = Record<string, Record<string, Record<string, number>>>;

export interface BaselineFile {
  /** Always 1: the format's version and the proof the file is a baseline. */
  outsideInBaseline: 1;
  files: BaselineEntries;
}

/** Flagged text with runs of white space as one space, so rewrapping a paragraph keeps the key. */
const excerptKey = (finding: Finding): string => finding.excerpt.replace(/\s+/g, " ").trim();

/** A property of the object itself, never one inherited ("constructor" is a word people write). */
const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined => (record && Object.hasOwn(record, key) ? record[key] : undefined);

/** An empty record with no inherited keys, safe to fill with flagged texts like "__proto__". */
const emptyRecord = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Why `data` is not a baseline, or undefined when it is one. */
function shapeProblem(data: unknown): string | undefined {
  if (!isObject(data) || data[BASELINE_SIGNATURE] === undefined) return `no "${BASELINE_SIGNATURE}" key`;
  if (data[BASELINE_SIGNATURE] !== 1) return `"${BASELINE_SIGNATURE}" is ${JSON.stringify(data[BASELINE_SIGNATURE])}; this version reads 1`;
  if (!isObject(data.files)) return `"files" must be an object`;
  for (const [file, rules] of Object.entries(data.files)) {
    if (!isObject(rules)) return `files["${file}"] must be an object of rule ids`;
    for (const [ruleId, excerpts] of Object.entries(rules)) {
      if (!isObject(excerpts)) return `files["${file}"]["${ruleId}"] must be an object of flagged texts`;
      for (const [text, count] of Object.entries(excerpts)) {
        if (!Number.isInteger(count) || (count as number) < 1) return `files["${file}"]["${ruleId}"]["${text}"] must be a whole number of at least 1`;
      }
    }
  }
  return undefined;
}

type ReadResult = { kind: "missing" } | { kind: "baseline"; baseline: BaselineFile } | { kind: "invalid"; problem: string; signed: boolean };

function readAny(path: string): ReadResult {
  if (!existsSync(path)) return { kind: "missing" };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code) throw error;
    return { kind: "invalid", problem: "not JSON", signed: false };
  }
  const problem = shapeProblem(data);
  if (!problem) return { kind: "baseline", baseline: data as BaselineFile };
  return { kind: "invalid", problem, signed: isObject(data) && data[BASELINE_SIGNATURE] === 1 };
}

/** Reads a baseline; undefined when the file does not exist yet. A file that is not one is a UsageError. */
export function readBaseline(path: string, shownAs: string): BaselineFile | undefined {
  const read = readAny(path);
  if (read.kind === "invalid") throw new UsageError(`${shownAs}: not an Outside-In baseline (${read.problem})`);
  return read.kind === "baseline" ? read.baseline : undefined;
}

/** Counts each report's findings into baseline entries, keyed relative to `baseDir`. */
function entriesOf(reports: readonly FileReport[], baseDir: string): BaselineEntries {
  const entries: BaselineEntries = emptyRecord();
  for (const report of reports) {
    if (!report.findings.length) continue;
    const file = toPosix(relative(baseDir, report.filePath));
    const rules = (entries[file] ??= emptyRecord());
    for (const finding of report.findings) {
      const texts = (rules[finding.ruleId] ??= emptyRecord());
      const key = excerptKey(finding);
      texts[key] = (texts[key] ?? 0) + 1;
    }
  }
  return entries;
}

/** Sorts object keys at every level so the file's diffs stay small and stable. */
function sorted<T>(value: T): T {
  if (!isObject(value)) return value;
  const out = emptyRecord<unknown>();
  for (const key of Object.keys(value).sort()) out[key] = sorted(value[key]);
  return out as T;
}

/**
 * Writes the findings of this run as the baseline. Entries of files this run did not lint are kept
 * while those files exist, so `--update-baseline docs/a.md` does not forget the rest.
 * Refuses to replace a file that is not a baseline. Returns how many findings were recorded.
 */
export function writeBaseline(path: string, shownAs: string, reports: readonly FileReport[]): number {
  const baseDir = dirname(path);
  const read = readAny(path);
  if (read.kind === "invalid" && !read.signed) throw new UsageError(`${shownAs}: not an Outside-In baseline (${read.problem}); refusing to overwrite it`);
  // A file that could not be linted keeps its old entries rather than losing them to an empty result.
  const linted = new Set(reports.filter((r) => !r.error).map((r) => toPosix(relative(baseDir, r.filePath))));
  const kept: BaselineEntries = emptyRecord();
  if (read.kind === "baseline") {
    for (const [file, rules] of Object.entries(read.baseline.files)) {
      if (!linted.has(file) && existsSync(resolve(baseDir, file))) kept[file] = rules;
    }
  }
  const fresh = entriesOf(reports, baseDir);
  const baseline: BaselineFile = { outsideInBaseline: 1, files: sorted(Object.assign(emptyRecord(), kept, fresh)) };
  mkdirSync(baseDir, { recursive: true });
  writeFileSync(path, `${JSON.stringify(baseline, null, 2)}\n`);
  let recorded = 0;
  for (const rules of Object.values(fresh)) for (const texts of Object.values(rules)) for (const n of Object.values(texts)) recorded += n;
  return recorded;
}

/**
 * Drops the findings the baseline knows. With n entries for a rule and text in a file, the first n
 * such findings (in document order) are old; any further one is new.
 */
export function withoutBaselined(reports: readonly FileReport[], baseline: BaselineFile, baseDir: string): FileReport[] {
  return reports.map((report) => {
    const known = own(baseline.files, toPosix(relative(baseDir, report.filePath)));
    if (!known || !report.findings.length) return report;
    const seen = new Map<string, number>();
    const old = new Set<Finding>();
    for (const finding of [...report.findings].sort((a, b) => a.range.start - b.range.start)) {
      const key = excerptKey(finding);
      const seenKey = `${finding.ruleId}\0${key}`;
      const n = (seen.get(seenKey) ?? 0) + 1;
      seen.set(seenKey, n);
      if (n <= (own(own(known, finding.ruleId), key) ?? 0)) old.add(finding);
    }
    return old.size ? { ...report, findings: report.findings.filter((f) => !old.has(f)) } : report;
  });
}
