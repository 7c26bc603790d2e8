// SEED_THEMES / uncoveredThemes: the 17 themes, each with a unique slug.
import { describe, expect, it } from "vitest";
import { SEED_THEMES, uncoveredThemes } from "../../src/core/content/themes.ts";

describe("SEED_THEMES", () => {
  it("has the 17 fixed slugs, each once", () => {
    const slugs = SEED_THEMES.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(17);
    expect(slugs).toContain("not-a-buzzword");
    expect(slugs).toContain("survey-about-customer");
  });
});

describe("uncoveredThemes", () => {
  it("returns the themes no principle tags", () => {
    const themes = [
      { slug: "easy", theme: "Easy" },
      { slug: "measure", theme: "Measure" },
    ];
    expect(uncoveredThemes([["easy", "other"], []], themes)).toEqual([{ slug: "measure", theme: "Measure" }]);
    expect(uncoveredThemes([["measure"], ["easy"]], themes)).toEqual([]);
  });

  it("defaults to the seed themes", () => {
    expect(uncoveredThemes([])).toHaveLength(17);
  });
});
