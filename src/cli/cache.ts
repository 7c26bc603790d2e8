// --cache: lint results keyed by a hash of the file's content, its settings, the rulebook and the
// CLI version, so an unchanged tree re-lints without running a rule.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { builtinRulebook } from "../core/index.ts";
import { CLI_VERSION } from "./version.ts";
import type { LintOutcome } from "./lint-task.ts";

const FORMAT = 1;

interface CacheFile {
  format: number;
  entries: Record<string, { key: string; outcome: LintOutcome }>;
}

let builtinHash: string | undefined;

/** What every key shares: CLI version and built-in rulebook. */
function globalKey(): string {
  builtinHash ??= createHash("sha256").update(JSON.stringify(builtinRulebook())).digest("hex");
  return `${FORMAT}\0${CLI_VERSION}\0${builtinHash}`;
}

export class LintCache {
  private readonly file: string;
  private data: CacheFile = { format: FORMAT, entries: {} };
  private changed = false;

  constructor(location: string) {
    this.file = location.endsWith(".json") ? location : join(location, "cache.json");
    try {
      const parsed = JSON.parse(readFileSync(this.file, "utf8")) as CacheFile;
      if (parsed.format === FORMAT && parsed.entries) this.data = parsed;
    } catch {
      // A missing or corrupt cache is simply empty.
    }
  }

  /** The key of one file's result: content + settings (incl. extra rules' hash) + rulebook + version. */
  static key(text: string, settings: string): string {
    return createHash("sha256").update(globalKey()).update("\0").update(settings).update("\0").update(text).digest("base64url");
  }

  get(file: string, key: string): LintOutcome | undefined {
    const entry = this.data.entries[file];
    return entry?.key === key ? entry.outcome : undefined;
  }

  set(file: string, key: string, outcome: LintOutcome): void {
    this.data.entries[file] = { key, outcome: { ...outcome, output: undefined } };
    this.changed = true;
  }

  delete(file: string): void {
    if (file in this.data.entries) (delete this.data.entries[file], (this.changed = true));
  }

  /** Writes the cache atomically; only when something changed. */
  save(): void {
    if (!this.changed) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.data));
    renameSync(temp, this.file);
  }
}
