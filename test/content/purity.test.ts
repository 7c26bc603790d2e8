// The content parser runs in the browser: no file under src/core/content may import Node built-ins.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIR = join(import.meta.dirname, "../../src/core/content");

describe("src/core/content", () => {
  it("imports no node: modules or Node built-ins", () => {
    const offenders = readdirSync(DIR)
      .filter((f) => f.endsWith(".ts"))
      .filter((f) => /from\s+["'](?:node:|fs["']|path["'])/.test(readFileSync(join(DIR, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
