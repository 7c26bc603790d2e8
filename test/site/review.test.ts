// The site's review dates: when a page falls due, and the banner's decision.
import { describe, expect, test } from "vitest";
import { reviewStatus } from "../../site/src/lib/review.ts";

describe("reviewStatus", () => {
  test("adds the interval in calendar months", () => {
    expect(reviewStatus("2026-11-23", "6 months", new Date("2027-01-01"))).toEqual({ reviewed: "2026-11-23", due: "2027-05-23", overdue: false });
  });

  test("is overdue only after the due day", () => {
    expect(reviewStatus("2026-01-10", "1 month", new Date("2026-02-10T23:00:00Z"))?.overdue).toBe(false);
    expect(reviewStatus("2026-01-10", "1 month", new Date("2026-02-11T00:00:00Z"))?.overdue).toBe(true);
  });

  test("clamps to the end of a shorter month", () => {
    expect(reviewStatus("2026-08-31", "6 months")?.due).toBe("2027-02-28");
    expect(reviewStatus("2027-08-31", "6 months")?.due).toBe("2028-02-29");
  });

  test("accepts the Date that YAML makes of an unquoted date", () => {
    expect(reviewStatus(new Date("2026-11-23T00:00:00Z"), "12 months")?.due).toBe("2027-11-23");
  });

  test("gives up on missing or malformed fields rather than guessing", () => {
    expect(reviewStatus(undefined, "6 months")).toBeUndefined();
    expect(reviewStatus("2026-02-30", "6 months")).toBeUndefined();
    expect(reviewStatus("2026-11-23", "half a year")).toBeUndefined();
  });
});
