// The project config (.outside-in.yaml / .yml / .json) and rule folders for a document, found by the
// project layer (src/project) through vscode.workspace.fs, so the same rules as the CLI apply.
// Rule folders are Markdown data parsed by the core; they are loaded only in trusted workspaces.
// No code from the workspace ever runs.
import * as vscode from "vscode";
import type { FileSettings } from "../../src/core/config/index.ts";
import { builtinRulebook, type Rulebook } from "../../src/core/index.ts";
import type { OutsideInConfig } from "../../src/core/config/index.ts";
import { ConfigChain, nearestSiteUrl, RulebookLoader, settingsFor, type LoadedConfig as ProjectLoadedConfig } from "../../src/project/index.ts";
import { workspaceProjectFs } from "./workspace-fs.ts";

export { parseConfigText } from "../../src/project/index.ts";

/** A config file as the extension names it: by URI. */
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

/** The layer's readers for one workspace folder (its scheme and authority). */
interface FolderProject {
  folder: vscode.Uri;
  configs: ConfigChain;
  rulebooks: RulebookLoader;
}

export class ProjectConfig {
  private readonly projects = new Map<string, FolderProject>();

  /** Forget everything read so far (a config or rule file changed). */
  clear(): void {
    this.projects.clear();
  }

  private projectOf(folder: vscode.Uri): FolderProject {
    const key = folder.toString();
    let project = this.projects.get(key);
    if (!project) {
      const fs = workspaceProjectFs(folder);
      const label = (path: string) => vscode.workspace.asRelativePath(folder.with({ path }));
      project = { folder, configs: new ConfigChain(fs, { label }), rulebooks: new RulebookLoader(fs, { label }) };
      this.projects.set(key, project);
    }
    return project;
  }

  /** The layer's chain for a document in a workspace folder; empty outside every folder. */
  private async layerChain(document: vscode.Uri): Promise<ProjectLoadedConfig[]> {
    const folder = vscode.workspace.getWorkspaceFolder(document);
    if (!folder) return [];
    return this.projectOf(folder.uri).configs.chainFor(vscode.Uri.joinPath(document, "..").path);
  }

  /** Configs from the project root (or a `root: true` config) down to the document's folder, farthest first. */
  async chainFor(document: vscode.Uri): Promise<LoadedConfig[]> {
    return (await this.layerChain(document)).map((loaded) => ({ uri: document.with({ path: loaded.file }), dir: document.with({ path: loaded.dir }), config: loaded.config }));
  }

  /** Settings, rulebook and site URL for a document. Throws ConfigError for a broken config. */
  async forDocument(document: vscode.Uri): Promise<DocumentConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(document);
    const chain = await this.layerChain(document);
    if (!folder || chain.length === 0) {
      return { file: undefined, rulebook: builtinRulebook(), rulebookKey: "builtin", siteUrl: undefined, configUri: undefined };
    }
    const { rulebooks } = this.projectOf(folder.uri);
    const folders = vscode.workspace.isTrusted ? rulebooks.foldersFor(chain) : [];
    const book = await rulebooks.forChain(chain, folders);
    return {
      file: settingsFor(chain, document.path),
      rulebook: book.rulebook,
      rulebookKey: book.key || "builtin",
      siteUrl: nearestSiteUrl(chain),
      configUri: folder.uri.with({ path: chain.at(-1)!.file }),
    };
  }
}
