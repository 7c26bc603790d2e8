// When a page is due for review: `reviewed` plus `reviewInterval` ("6 months").
import { isoDate } from "../../../src/core/content/index.ts";

export interface ReviewStatus {
  /** YYYY-MM-DD of the last review. */
  reviewed: string;
  /** YYYY-MM-DD when the next review is due. */
  due: string;
  overdue: boolean;
}

/** Reads a review date and interval; undefined when either is missing or malformed. */
export function reviewStatus(reviewed: unknown, interval: unknown, today: Date = new Date()): ReviewStatus | undefined {
  const date = isoDate(reviewed);
  const months = typeof interval === "string" ? /^([1-9]\d*) months?$/.exec(interval.trim())?.[1] : undefined;
  if (!date || !months) return undefined;
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  // Clamp to the month's last day: 31 August + 6 months is 28 (or 29) February.
  const target = new Date(Date.UTC(y, m - 1 + Number(months), 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  const due = target.toISOString().slice(0, 10);
  return { reviewed: date, due, overdue: today.toISOString().slice(0, 10) > due };
}

/** "23 November 2026", the way the pages print dates. */
export function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}
