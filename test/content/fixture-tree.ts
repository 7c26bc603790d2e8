// Loads a checker fixture: its expectations, and its content tree laid over its base fixture's tree.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { loadContentTree } from "../../scripts/content-check/load.ts";
import type { ContentTree } from "../../scripts/content-check/types.ts";

export const FIXTURES = join(import.meta.dirname, "../fixtures/content");

export interface Expected {
  file: string;
  field: string;
  line?: number;
}

export interface Fixture {
  name: string;
  description: string;
  base?: string;
  expect: Expected[];
  expectWarnings?: Expected[];
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

export function readFixture(name: string): Fixture {
  return { name, ...JSON.parse(readFileSync(join(FIXTURES, name, "fixture.json"), "utf8")) };
}

/** The fixture's files over its base's files; fixture.json itself is not content. */
export function fixtureTree(fixture: Fixture): ContentTree {
  const tree: ContentTree = { paths: new Set(), sources: new Map() };
  for (const name of [fixture.base, fixture.name]) {
    if (!name) continue;
    const layer = loadContentTree(join(FIXTURES, name));
    for (const path of layer.paths) if (path !== "fixture.json") tree.paths.add(path);
    for (const [path, source] of layer.sources) tree.sources.set(path, source);
  }
  return tree;
}
