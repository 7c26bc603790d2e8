// The shape a cached lint result must have before the formatters may trust it.
import type { LintOutcome } from "./lint-task.ts";

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isPosition = (v: unknown): boolean => isObject(v) && isCount(v.line) && isCount(v.column);
const isRange = (v: unknown): boolean => isObject(v) && isCount(v.start) && isCount(v.end);
const SEVERITIES = new Set(["error", "warning", "info"]);

function isEdit(v: unknown): boolean {
  return isObject(v) && isRange(v.range) && typeof v.text === "string";
}

function isSuggestion(v: unknown): boolean {
  return isObject(v) && typeof v.title === "string" && typeof v.safe === "boolean" && Array.isArray(v.edits) && v.edits.every(isEdit);
}

function isFinding(v: unknown): boolean {
  return (
    isObject(v) &&
    typeof v.ruleId === "string" &&
    SEVERITIES.has(v.severity as string) &&
    typeof v.category === "string" &&
    typeof v.message === "string" &&
    typeof v.excerpt === "string" &&
    isRange(v.range) &&
    isPosition(v.start) &&
    isPosition(v.end) &&
    Array.isArray(v.suggestions) &&
    v.suggestions.every(isSuggestion)
  );
}

/** True when `v` is a lint outcome as the cache writes it. */
export function isCachedOutcome(v: unknown): v is LintOutcome {
  return isObject(v) && typeof v.perspectiveScore === "number" && isCount(v.fixed) && Array.isArray(v.findings) && v.findings.every(isFinding);
}
