// Extra rule folders from configs: Markdown rule files parsed by the core, merged over the built-ins.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { builtinRulebook, extendRulebook, parseRuleFile, RuleFileError, type Rule, type Rulebook } from "../core/index.ts";
import { ConfigError } from "../core/config/types.ts";
import { unknownIdIssues } from "../core/config/resolve.ts";
import type { LoadedConfig } from "./config-files.ts";

/** A rulebook plus a hash of the rule files it adds, for cache keys. */
export interface LoadedRulebook {
  key: string;
  rulebook: Rulebook;
  extra: Rule[];
  hash: string;
}

function markdownFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...markdownFiles(path));
    else if (entry.name.endsWith(".md")) files.push(path);
  }
  return files.sort();
}

export class RulebookLoader {
  private readonly folders = new Map<string, { rules: Rule[]; hash: string }>();
  private readonly books = new Map<string, LoadedRulebook>();
  private readonly checked = new Set<string>();

  /** Every rulebook built so far (for the formatters' rule list). */
  loaded(): LoadedRulebook[] {
    return [...this.books.values()];
  }

  private loadFolder(folder: string, loaded: LoadedConfig, field: string): { rules: Rule[]; hash: string } {
    const cached = this.folders.get(folder);
    if (cached) return cached;
    let isDir = false;
    try {
      isDir = statSync(folder).isDirectory();
    } catch {}
    if (!isDir) throw new ConfigError(loaded.file, [{ field, message: `expected a folder of rule files; ${folder} does not exist or is not a folder` }]);
    const hash = createHash("sha256");
    const rules: Rule[] = [];
    for (const file of markdownFiles(folder)) {
      const text = readFileSync(file, "utf8");
      hash.update(file).update("\0").update(text);
      rules.push(parseRuleFile(text, file));
    }
    const result = { rules, hash: hash.digest("hex") };
    this.folders.set(folder, result);
    return result;
  }

  /** The rulebook for a chain of configs: built-ins plus every layer's rule folders, nearest last. */
  forChain(chain: readonly LoadedConfig[]): LoadedRulebook {
    const folders: Array<{ folder: string; loaded: LoadedConfig; field: string }> = [];
    for (const loaded of chain) {
      (loaded.config.ruleFolders ?? []).forEach((f, i) => folders.push({ folder: resolve(loaded.dir, f), loaded, field: `ruleFolders[${i}]` }));
    }
    const key = folders.map((f) => f.folder).join("\n");
    let book = this.books.get(key);
    if (!book) {
      const parts = folders.map((f) => this.loadFolder(f.folder, f.loaded, f.field));
      const extra = parts.flatMap((p) => p.rules);
      const hash = createHash("sha256").update(parts.map((p) => p.hash).join(",")).digest("hex");
      book = { key, rulebook: extra.length ? extendRulebook(builtinRulebook(), extra) : builtinRulebook(), extra, hash };
      this.books.set(key, book);
    }
    this.checkRuleIds(chain, book.rulebook);
    return book;
  }

  // A misspelt rule or lexicon id would silently do nothing: name the file and field instead.
  private checkRuleIds(chain: readonly LoadedConfig[], rulebook: Rulebook): void {
    for (const loaded of chain) {
      if (this.checked.has(loaded.file)) continue;
      this.checked.add(loaded.file);
      const issues = unknownIdIssues(loaded.config, rulebook);
      if (issues.length) throw new ConfigError(loaded.file, issues);
    }
  }
}

export { RuleFileError };
