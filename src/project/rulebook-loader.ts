// Rule folders from configs: Markdown rule files parsed by the core, merged over the built-ins.
import { builtinRulebook, checkExtraRules, extendRulebook, parseRuleFile, type Rule, type Rulebook } from "../core/index.ts";
import { ConfigError } from "../core/config/types.ts";
import { unknownIdIssues } from "../core/config/resolve.ts";
import type { ProjectFs } from "./fs.ts";
import { isInside, resolvePath } from "./paths.ts";
import { findGitRoot } from "./project-root.ts";
import { contentHash, parseRuleFiles, readRuleFiles } from "./rule-files.ts";
import type { LoadedConfig } from "./config-file.ts";

/** A rulebook plus a hash of the rule files it adds, for cache keys. */
export interface LoadedRulebook {
  /** The rule folders it was built from, one a line ("" for the built-ins alone). */
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

export interface RulebookLoaderOptions {
  /** How rule files are named in rules and errors; the path itself unless the host says otherwise. */
  label?: (path: string) => string;
}

export class RulebookLoader {
  private readonly fs: ProjectFs;
  private readonly label: (path: string) => string;
  private readonly folders = new Map<string, Promise<{ rules: Rule[]; hash: string }>>();
  private readonly books = new Map<string, Promise<LoadedRulebook>>();
  private readonly built: LoadedRulebook[] = [];
  private readonly checked = new Set<string>();

  constructor(fs: ProjectFs, options: RulebookLoaderOptions = {}) {
    this.fs = fs;
    this.label = options.label ?? ((path) => path);
  }

  /** Forget every rule file read so far (a rule file or config changed). */
  clear(): void {
    this.folders.clear();
    this.books.clear();
    this.built.length = 0;
    this.checked.clear();
  }

  /** Every rulebook built so far (for the formatters' rule list). */
  loaded(): LoadedRulebook[] {
    return [...this.built];
  }

  private real(path: string): Promise<string> {
    return this.fs.realpath ? this.fs.realpath(path) : Promise.resolve(path);
  }

  private async readFolder({ folder, loaded, field }: RuleFolderEntry): Promise<{ rules: Rule[]; hash: string }> {
    if ((await this.fs.stat(folder)) !== "directory") {
      throw new ConfigError(loaded.label, [{ field, message: `expected a folder of rule files; ${this.label(folder)} does not exist or is not a folder` }]);
    }
    const real = await this.real(folder);
    // The project a config belongs to: its git repository, or its own folder outside one.
    const project = await this.real((await findGitRoot(this.fs, loaded.dir)) ?? loaded.dir);
    const outside = !isInside(real, project);
    if (outside && !loaded.config.ruleFoldersOutsideProject) {
      throw new ConfigError(loaded.label, [{ field, message: `${this.label(folder)} is outside the project (${this.label(project)}); set ruleFoldersOutsideProject: true to read rules from there` }]);
    }
    const files = await readRuleFiles(this.fs, folder, outside ? real : project, this.label);
    const { items, errors } = parseRuleFiles(files, parseRuleFile);
    if (errors.length) throw errors[0]!.error;
    return { rules: items, hash: await contentHash(files.flatMap((f) => [f.path, f.text])) };
  }

  private loadFolder(entry: RuleFolderEntry): Promise<{ rules: Rule[]; hash: string }> {
    let found = this.folders.get(entry.folder);
    if (!found) this.folders.set(entry.folder, (found = this.readFolder(entry)));
    return found;
  }

  /** The rule folders a chain of configs declares, farthest first, each with its config and field. */
  foldersFor(chain: readonly LoadedConfig[]): RuleFolderEntry[] {
    return chain.flatMap((loaded) => (loaded.config.ruleFolders ?? []).map((f, i) => ({ folder: resolvePath(loaded.dir, f), loaded, field: `ruleFolders[${i}]` })));
  }

  /** The rules one declared folder adds (read once, shared with forChain). */
  async rulesIn(entry: RuleFolderEntry): Promise<Rule[]> {
    return (await this.loadFolder(entry)).rules;
  }

  /** The rulebook for a chain of configs: built-ins plus every layer's rule folders, nearest last. */
  async forChain(chain: readonly LoadedConfig[], folders = this.foldersFor(chain)): Promise<LoadedRulebook> {
    const key = folders.map((f) => f.folder).join("\n");
    let book = this.books.get(key);
    if (!book) {
      book = (async () => {
        const parts = await Promise.all(folders.map((f) => this.loadFolder(f)));
        const extra = parts.flatMap((p) => p.rules);
        checkExtraRules(builtinRulebook(), extra);
        const hash = await contentHash(parts.map((p) => p.hash));
        const built = { key, rulebook: extra.length ? extendRulebook(builtinRulebook(), extra) : builtinRulebook(), extra, hash };
        this.built.push(built);
        return built;
      })();
      this.books.set(key, book);
    }
    const loaded = await book;
    this.checkRuleIds(chain, loaded.rulebook);
    return loaded;
  }

  // A misspelt rule or lexicon id would silently do nothing: name the file and field instead.
  private checkRuleIds(chain: readonly LoadedConfig[], rulebook: Rulebook): void {
    for (const loaded of chain) {
      if (this.checked.has(loaded.file)) continue;
      const issues = unknownIdIssues(loaded.config, rulebook);
      if (issues.length) throw new ConfigError(loaded.label, issues);
      this.checked.add(loaded.file);
    }
  }
}
