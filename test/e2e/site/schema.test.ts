// The config schema is published where `outside-in init` points editors.
import { expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SCHEMA_URL } from "../../../src/cli/commands/init.ts";

const root = join(import.meta.dirname, "../../..");

it("site/dist serves the same JSON Schema the CLI validates against, at the URL init writes", () => {
  const path = new URL(SCHEMA_URL).pathname;
  const published = JSON.parse(readFileSync(join(root, "site/dist", path), "utf8"));
  expect(published).toEqual(JSON.parse(readFileSync(join(root, "schema/outside-in.schema.json"), "utf8")));
});
