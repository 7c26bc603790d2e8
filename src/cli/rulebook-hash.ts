// A SHA-256 of the built-in rulebook, computed once: it keys the cache and names the rulebook in --version.
import { createHash } from "node:crypto";
import { builtinRulebook } from "../core/index.ts";

let hash: string | undefined;

/** The full hex digest of the built-in rulebook's JSON. */
export function builtinRulebookHash(): string {
  hash ??= createHash("sha256").update(JSON.stringify(builtinRulebook())).digest("hex");
  return hash;
}
