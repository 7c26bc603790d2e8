// Extra rule folders from configs: Markdown rule files parsed by the core, merged over the built-ins.
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, resolve, sep } from "node:path";
import { gitRoot } from "./ignore-files.ts";
import { builtinRulebook, checkExtraRules, extendRulebook, parseRuleFile, RuleFileError, type Rule, type Rulebook } from "../core/index.ts";
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

/** A rule folder as a config declares it: `field` is where, e.g. `ruleFolders[0]`. */
export interface RuleFolderEntry {
  folder: string;
  loaded: LoadedConfig;
  field: string;
}

const inside = (path: string, folder: string): boolean => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/**
 * The rule files under `dir`, sorted. Symbolic links are followed only while they stay inside
 * `boundary`, and each real folder is read once, so a link cycle cannot loop. A file-system
 * failure is thrown as it is: main() reports it in one line naming the path.
 */
function markdownFiles(dir: string, boundary: string, seen = new Set<string>()): string[] {
  const files: string[] = [];
  const real = realpathSync(dir);
  if (seen.has(real)) return files;
  seen.add(real);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(path);
      } catch {
        continue; // a dangling link holds no rule
      }
      if (!inside(real, boundary)) continue;
      const stat = statSync(real);
      (isDir = stat.isDirectory()), (isFile = stat.isFile());
    }
    if (isDir) files.push(...markdownFiles(path, boundary, seen));
    else if (isFile && entry.name.endsWith(".md")) files.push(path);
  }
  return files.sort();
}

/** The project a config belongs to: its git repository, or its own folder outside one. */
function projectRoot(loaded: LoadedConfig): string {
  return realpathSync(gitRoot(loaded.dir) ?? loaded.dir);
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
    const real = realpathSync(folder);
    const project = projectRoot(loaded);
    const outside = !inside(real, project);
    if (outside && !loaded.config.ruleFoldersOutsideProject) {
      throw new ConfigError(loaded.file, [{ field, message: `${folder} is outside the project (${project}); set ruleFoldersOutsideProject: true to read rules from there` }]);
    }
    const hash = createHash("sha256");
    const rules: Rule[] = [];
    for (const file of markdownFiles(folder, outside ? real : project)) {
      const text = readFileSync(file, "utf8");
      hash.update(file).update("\0").update(text);
      rules.push(parseRuleFile(text, file));
    }
    const result = { rules, hash: hash.digest("hex") };
    this.folders.set(folder, result);
    return result;
  }

  /** The rule folders a chain of configs declares, farthest first, each with its config and field. */
  foldersFor(chain: readonly LoadedConfig[]): RuleFolderEntry[] {
    const folders: RuleFolderEntry[] = [];
    for (const loaded of chain) {
      (loaded.config.ruleFolders ?? []).forEach((f, i) => folders.push({ folder: resolve(loaded.dir, f), loaded, field: `ruleFolders[${i}]` }));
    }
    return folders;
  }

  /** The rules one declared folder adds (read once, shared with forChain). */
  rulesIn(entry: RuleFolderEntry): Rule[] {
    return this.loadFolder(entry.folder, entry.loaded, entry.field).rules;
  }

  /** The rulebook for a chain of configs: built-ins plus every layer's rule folders, nearest last. */
  forChain(chain: readonly LoadedConfig[]): LoadedRulebook {
    const folders = this.foldersFor(chain);
    const key = folders.map((f) => f.folder).join("\n");
    let book = this.books.get(key);
    if (!book) {
      const parts = folders.map((f) => this.loadFolder(f.folder, f.loaded, f.field));
      const extra = parts.flatMap((p) => p.rules);
      checkExtraRules(builtinRulebook(), extra);
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
