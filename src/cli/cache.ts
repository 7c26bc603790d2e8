// --cache: lint results keyed by a hash of the file's content, its settings, the rulebook and the
// CLI version, so an unchanged tree re-lints without running a rule.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { builtinRulebookHash } from "./rulebook-hash.ts";
import { UsageError } from "./args.ts";
import { CLI_VERSION } from "./version.ts";
import type { LintOutcome } from "./lint-task.ts";
import { isCachedOutcome } from "./cache-entry.ts";

const FORMAT = 2;
// Every cache file starts with this key, so a file that does not is never overwritten.
const SIGNATURE = "outsideInCache";

interface CacheFile {
  [SIGNATURE]: number;
  entries: Record<string, { key: string; outcome: LintOutcome }>;
}

/** What every key shares: CLI version and built-in rulebook. */
function globalKey(): string {
  return `${FORMAT}\0${CLI_VERSION}\0${builtinRulebookHash()}`;
}

/** The cache file for a --cache-location: a folder gets cache.json inside it. */
function cacheFileAt(location: string): string {
  if (existsSync(location)) return statSync(location).isDirectory() ? join(location, "cache.json") : location;
  return location.endsWith(".json") ? location : join(location, "cache.json");
}

/** Ours when it opens with the signature, or with the key of the first format. */
const isOurs = (text: string): boolean => /^\{\s*"(outsideInCache|format)"\s*:/.test(text);

export class LintCache {
  readonly file: string;
  private data: CacheFile = { [SIGNATURE]: FORMAT, entries: {} };
  private changed = false;

  /** Opens the cache at `location`; `notice` hears about entries dropped for their shape. */
  constructor(location: string, notice: (message: string) => void = () => {}) {
    this.file = cacheFileAt(location);
    if (!existsSync(this.file)) return;
    const text = readFileSync(this.file, "utf8");
    if (!isOurs(text)) {
      throw new UsageError(`--cache-location: ${this.file} is not an Outside-In cache, so it will not be overwritten; choose another path`);
    }
    let parsed: Partial<CacheFile> | undefined;
    try {
      parsed = JSON.parse(text) as Partial<CacheFile>;
    } catch {
      notice(`${this.file}: the cache could not be read, so it starts empty`);
      this.changed = true;
      return;
    }
    // An older format is dropped whole: its keys could never match.
    if (parsed[SIGNATURE] !== FORMAT || typeof parsed.entries !== "object" || parsed.entries === null) {
      this.changed = true;
      return;
    }
    let dropped = 0;
    for (const [file, entry] of Object.entries(parsed.entries)) {
      if (typeof entry?.key === "string" && isCachedOutcome(entry.outcome)) this.data.entries[file] = entry;
      else dropped++;
    }
    if (dropped) {
      notice(`${this.file}: dropped ${dropped} cache ${dropped === 1 ? "entry" : "entries"} of the wrong shape; those files are linted afresh`);
      this.changed = true;
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
