// The project config file the CLI reads (.outside-in.yaml / .yml / .json), found from a document's
// folder upward to its workspace folder, read through vscode.workspace.fs (works on vscode.dev),
// validated by the core's validator. Rule folders it names are Markdown data parsed by the core;
// they are loaded only in trusted workspaces. No code from the workspace ever runs.
import * as vscode from "vscode";
import { parse as parseYaml } from "yaml";
import {
  CONFIG_FILE_NAMES,
  ConfigError,
  resolveFileSettings,
  unknownIdIssues,
  validateConfig,
  type FileSettings,
  type OutsideInConfig,
} from "../../src/core/config/index.ts";
import { builtinRulebook, checkExtraRules, extendRulebook, parseRuleFile, type Rule, type Rulebook } from "../../src/core/index.ts";
import { matchGlob } from "../../src/cli/glob-match.ts";

export interface LoadedConfig {
  uri: vscode.Uri;
  dir: vscode.Uri;
  config: OutsideInConfig;
}

/** What applies to one document. */
export interface DocumentConfig {
  file: FileSettings | undefined;
  rulebook: Rulebook;
  /** Identifies the rulebook, for cache keys. */
  rulebookKey: string;
  siteUrl: string | undefined;
  /** The nearest config file, if any. */
  configUri: vscode.Uri | undefined;
}

const decoder = new TextDecoder();

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Parses and validates one config file's text; throws ConfigError naming the file and fields. */
export function parseConfigText(text: string, name: string): OutsideInConfig {
  let data: unknown;
  try {
    data = name.endsWith(".json") ? JSON.parse(text) : parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const kind = name.endsWith(".json") ? "JSON" : "YAML";
    throw new ConfigError(name, [{ field: "(syntax)", message: `is not valid ${kind}: ${(error as Error).message.split("\n")[0]}` }]);
  }
  return validateConfig(data, name);
}

function relativePath(from: vscode.Uri, to: vscode.Uri): string {
  const base = from.path.endsWith("/") ? from.path : `${from.path}/`;
  return to.path.startsWith(base) ? to.path.slice(base.length) : to.path.replace(/^\//, "");
}

export class ProjectConfig {
  private readonly inFolder = new Map<string, Promise<LoadedConfig | null>>();
  private readonly ruleFolders = new Map<string, Promise<Rule[]>>();

  /** Forget everything read so far (a config or rule file changed). */
  clear(): void {
    this.inFolder.clear();
    this.ruleFolders.clear();
  }

  private configIn(dir: vscode.Uri): Promise<LoadedConfig | null> {
    const key = dir.toString();
    let found = this.inFolder.get(key);
    if (!found) {
      found = (async () => {
        const present: vscode.Uri[] = [];
        for (const name of CONFIG_FILE_NAMES) {
          const uri = vscode.Uri.joinPath(dir, name);
          if (await exists(uri)) present.push(uri);
        }
        if (present.length === 0) return null;
        const uri = present[0]!;
        const label = vscode.workspace.asRelativePath(uri);
        if (present.length > 1) {
          throw new ConfigError(label, [{ field: "(file)", message: `more than one config in one folder (${present.map((u) => u.path.split("/").pop()).join(", ")}); keep one` }]);
        }
        const text = decoder.decode(await vscode.workspace.fs.readFile(uri));
        return { uri, dir, config: parseConfigText(text, label) };
      })();
      this.inFolder.set(key, found);
    }
    return found;
  }

  /** Configs from the workspace folder down to the document's folder, farthest first. */
  async chainFor(document: vscode.Uri): Promise<LoadedConfig[]> {
    const folder = vscode.workspace.getWorkspaceFolder(document);
    if (!folder) return [];
    const chain: LoadedConfig[] = [];
    let dir = vscode.Uri.joinPath(document, "..");
    for (;;) {
      const own = await this.configIn(dir);
      if (own) chain.unshift(own);
      if (own?.config.root || dir.path === folder.uri.path || !dir.path.startsWith(folder.uri.path)) break;
      dir = vscode.Uri.joinPath(dir, "..");
    }
    return chain;
  }

  private async loadRuleFolder(folder: vscode.Uri): Promise<Rule[]> {
    const key = folder.toString();
    let rules = this.ruleFolders.get(key);
    if (!rules) {
      rules = (async () => {
        const found: Rule[] = [];
        const walk = async (dir: vscode.Uri): Promise<void> => {
          const entries = await vscode.workspace.fs.readDirectory(dir);
          for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
            const uri = vscode.Uri.joinPath(dir, name);
            if (type & vscode.FileType.Directory) await walk(uri);
            else if (name.endsWith(".md")) found.push(parseRuleFile(decoder.decode(await vscode.workspace.fs.readFile(uri)), vscode.workspace.asRelativePath(uri)));
          }
        };
        await walk(folder);
        return found;
      })();
      this.ruleFolders.set(key, rules);
    }
    return rules;
  }

  /** Settings, rulebook and site URL for a document. Throws ConfigError for a broken config. */
  async forDocument(document: vscode.Uri): Promise<DocumentConfig> {
    const chain = await this.chainFor(document);
    if (chain.length === 0) {
      return { file: undefined, rulebook: builtinRulebook(), rulebookKey: "builtin", siteUrl: undefined, configUri: undefined };
    }
    const folders: vscode.Uri[] = [];
    if (vscode.workspace.isTrusted) {
      for (const loaded of chain) for (const f of loaded.config.ruleFolders ?? []) folders.push(vscode.Uri.joinPath(loaded.dir, f));
    }
    const extra = (await Promise.all(folders.map((f) => this.loadRuleFolder(f)))).flat();
    checkExtraRules(builtinRulebook(), extra);
    const rulebook = extra.length ? extendRulebook(builtinRulebook(), extra) : builtinRulebook();
    const nearest = chain.at(-1)!;
    checkRuleIds(chain, rulebook);
    const file = resolveFileSettings(
      chain.map((loaded) => ({ config: loaded.config, relativePath: relativePath(loaded.dir, document) })),
      matchGlob,
    );
    const siteUrl = [...chain].reverse().find((c) => c.config.siteUrl)?.config.siteUrl;
    return { file, rulebook, rulebookKey: folders.map(String).join("\n") || "builtin", siteUrl, configUri: nearest.uri };
  }
}

/** A misspelt rule or lexicon id would silently do nothing: report it like the CLI does. */
function checkRuleIds(chain: readonly LoadedConfig[], rulebook: Rulebook): void {
  for (const loaded of chain) {
    const issues = unknownIdIssues(loaded.config, rulebook);
    if (issues.length) throw new ConfigError(vscode.workspace.asRelativePath(loaded.uri), issues);
  }
}
