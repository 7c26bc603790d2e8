// Front-matter schemas for playbook pages. Each problem names the field, so errors point at the fix.
import { DOCUMENT_TYPES } from "../types.ts";
import { ROLES } from "./roles.ts";
export type ContentKind = "principle" | "checklist" | "index";

export interface FieldIssue {
  field: string;
  message: string;
}

export interface SchemaContext {
  /** The file's base name without `.md`; `id` must equal it. */
  fileId: string;
  /** Today's date as YYYY-MM-DD; `reviewed` may not be later. */
  today: string;
}

type FieldCheck = (value: unknown, context: SchemaContext) => string | undefined;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INTERVAL = /^[1-9]\d* months?$/;

function nonEmptyString(value: unknown): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return "must be a non-empty string";
  return undefined;
}

/** Reads YYYY-MM-DD from a string (or a YAML 1.1 date) if it names a real calendar day. */
export function isoDate(value: unknown): string | undefined {
  const text = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
  if (typeof text !== "string") return undefined;
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text ? text : undefined;
}

const checkId: FieldCheck = (value, { fileId }) => {
  if (typeof value !== "string" || !KEBAB.test(value)) return "must be a kebab-case string";
  if (value !== fileId) return `must equal the file name "${fileId}", found "${value}"`;
  return undefined;
};

const checkReviewed: FieldCheck = (value, { today }) => {
  const date = isoDate(value);
  if (!date) return `must be a real date written YYYY-MM-DD, found ${JSON.stringify(value)}`;
  if (date > today) return `${date} is in the future (today is ${today})`;
  return undefined;
};

const checkInterval: FieldCheck = (value) =>
  typeof value === "string" && INTERVAL.test(value) ? undefined : `must look like "6 months", found ${JSON.stringify(value)}`;

function slugList(minimum: number): FieldCheck {
  return (value) => {
    if (!Array.isArray(value)) return "must be a list of kebab-case ids";
    if (value.length < minimum) return `must list at least ${minimum} id${minimum === 1 ? "" : "s"}`;
    const bad = value.filter((v) => typeof v !== "string" || !KEBAB.test(v));
    if (bad.length > 0) return `has entries that are not kebab-case ids: ${bad.map((b) => JSON.stringify(b)).join(", ")}`;
    const dupes = value.filter((v: string, i) => value.indexOf(v) !== i);
    if (dupes.length > 0) return `lists ${dupes.join(", ")} more than once`;
    return undefined;
  };
}

const checkSidebar: FieldCheck = (value) => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "must be a mapping such as { order: 3 }";
  const order = (value as Record<string, unknown>)["order"];
  if (order !== undefined && !Number.isInteger(order)) return "order must be a whole number";
  return undefined;
};

const COMMON: Record<string, FieldCheck> = {
  id: checkId,
  title: nonEmptyString,
  summary: nonEmptyString,
  owner: nonEmptyString,
  reviewed: checkReviewed,
  reviewInterval: checkInterval,
};

const REQUIRED: Record<ContentKind, Record<string, FieldCheck>> = {
  principle: { ...COMMON, relatedRules: slugList(1), tags: slugList(1) },
  checklist: { ...COMMON, tags: slugList(1) },
  index: COMMON,
};

// A list drawn from a fixed vocabulary, e.g. roles: [support, research].
function choiceList(allowed: readonly string[]): FieldCheck {
  return (value) => {
    if (!Array.isArray(value) || value.length === 0) return `must be a non-empty list of: ${allowed.join(", ")}`;
    const bad = value.filter((v) => typeof v !== "string" || !allowed.includes(v));
    if (bad.length > 0) return `has ${bad.map((b) => JSON.stringify(b)).join(", ")}, not one of: ${allowed.join(", ")}`;
    const dupes = value.filter((v: string, i) => value.indexOf(v) !== i);
    if (dupes.length > 0) return `lists ${dupes.join(", ")} more than once`;
    return undefined;
  };
}

const OPTIONAL: Record<string, FieldCheck> = {
  sidebar: checkSidebar,
  roles: choiceList(ROLES),
  documentTypes: choiceList(DOCUMENT_TYPES.filter((t) => t !== "any")),
};

/** Checks a page's front matter against its kind's schema. */
export function validateFrontMatter(kind: ContentKind, data: Record<string, unknown>, context: SchemaContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const required = REQUIRED[kind];
  for (const [field, check] of Object.entries(required)) {
    if (!(field in data)) {
      issues.push({ field, message: "is missing" });
      continue;
    }
    const problem = check(data[field], context);
    if (problem) issues.push({ field, message: problem });
  }
  for (const [field, value] of Object.entries(data)) {
    if (field in required) continue;
    const check = OPTIONAL[field];
    if (!check) {
      issues.push({ field, message: `is not a known ${kind} field` });
      continue;
    }
    const problem = check(value, context);
    if (problem) issues.push({ field, message: problem });
  }
  return issues;
}
