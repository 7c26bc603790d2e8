// Lints open documents as you type: one incremental linter per document, diagnostics, results kept
// for code actions, hovers and the status bar.
import * as vscode from "vscode";
import { builtinRulebook, type LintOptions, type LintResult, type Rulebook } from "../../src/core/index.ts";
import { createIncrementalLinter, type IncrementalLinter } from "../../src/core/incremental.ts";
import { toDiagnostics } from "./diagnostics.ts";
import { lintOptionsFor, optionsKey } from "./lint-options.ts";
import { ProjectConfig, type DocumentConfig } from "./project-config.ts";
import { ConfigErrorReporter } from "./config-errors.ts";
import { IgnoreFiles } from "./ignore-files.ts";
import { readSettings, type ExtensionSettings } from "./settings.ts";
import { BoundedMap } from "./bounded-map.ts";
import { lintClosedFile } from "./closed-file.ts";
import { schemeVerdict } from "./lintable-uri.ts";
import { outputLog } from "./output-log.ts";
import { ruleLink } from "./rule-link.ts";
import { isInside, RuleFolderWatch, ruleFoldersFor } from "./rule-folder-watch.ts";

export interface DocumentState {
  version: number;
  result: LintResult;
  options: LintOptions;
  rulebook: Rulebook;
  siteUrl: string;
}

export type SkipReason = { kind: "too-large"; size: number; limit: number };

interface Entry {
  key: string;
  linter: IncrementalLinter;
}

/** Per-file caches hold at most this many entries. */
const CACHE_LIMIT = 500;

const FALLBACK: DocumentConfig = { file: undefined, rulebook: builtinRulebook(), rulebookKey: "builtin", siteUrl: undefined, configUri: undefined };

export class DocumentLinter implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection("outside-in");
  readonly config = new ProjectConfig();
  readonly errors = new ConfigErrorReporter();
  readonly ignores = new IgnoreFiles();
  settings: ExtensionSettings = readSettings();
  private readonly linters = new Map<string, Entry>();
  private readonly states = new Map<string, DocumentState>();
  private readonly skipped = new Map<string, SkipReason>();
  private readonly configs = new BoundedMap<string, Promise<DocumentConfig>>(CACHE_LIMIT);
  /** Configs already loaded, so a stale document can be re-linted synchronously. */
  private readonly loaded = new BoundedMap<string, DocumentConfig>(CACHE_LIMIT);
  /** Files Lint workspace put in the Problems panel: closing their editor keeps their problems. */
  private readonly workspaceLinted = new Set<string>();
  readonly ruleFolders = new RuleFolderWatch();
  /** Bumped by every reload: a lint that started under an older config drops its result. */
  generation = 0;
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument | undefined>();
  /** Fires after a document was linted (or skipped); undefined when everything was cleared. */
  readonly onDidLint = this.changed.event;

  shouldLint(document: vscode.TextDocument): boolean {
    return this.whyNot(document) === undefined;
  }

  /** Why a document is not linted, or undefined when it is. */
  whyNot(document: vscode.TextDocument): string | undefined {
    if (!this.settings.enable) return "outsideIn.enable is off";
    const verdict = schemeVerdict(document.uri.scheme, (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme));
    if (!verdict.lint) return verdict.reason;
    if (!this.settings.languages.includes(document.languageId)) return `language "${document.languageId}" is not in outsideIn.languages`;
    return undefined;
  }

  /** Whether a file is a custom rule definition (data for the linter, not prose to lint). */
  async isRuleFile(uri: vscode.Uri): Promise<boolean> {
    if (this.ruleFolders.holds(uri)) return true;
    const folders = await ruleFoldersFor(this.config, uri);
    this.ruleFolders.track(folders);
    return folders.some((f) => isInside(uri, f));
  }

  /** The link for a rule: its site page, or the rule file for a project's own rule. */
  ruleLink(ruleId: string, rulebook: Rulebook, siteUrl: string): string {
    return ruleLink(ruleId, rulebook, builtinRulebook(), siteUrl, (source) => this.ruleFileUri(source)?.toString());
  }

  /** A rule's `source` (a workspace-relative path) as a URI. */
  private ruleFileUri(source: string): vscode.Uri | undefined {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length > 1) {
      // In a multi-root workspace the path starts with the folder's name.
      const folder = folders.find((f) => source.startsWith(`${f.name}/`));
      return folder ? vscode.Uri.joinPath(folder.uri, source.slice(folder.name.length + 1)) : undefined;
    }
    return folders[0] ? vscode.Uri.joinPath(folders[0].uri, source) : undefined;
  }
  state(document: vscode.TextDocument): DocumentState | undefined {
    return this.states.get(document.uri.toString());
  }

  skipReason(document: vscode.TextDocument): SkipReason | undefined {
    return this.skipped.get(document.uri.toString());
  }

  /** The project config for a document; a broken config is reported once and the built-ins apply. */
  configFor(uri: vscode.Uri): Promise<DocumentConfig> {
    const key = uri.toString();
    let found = this.configs.get(key);
    if (!found) {
      found = this.config.forDocument(uri).then((config) => {
        if (config.configUri) this.errors.resolved();
        return config;
      }, (error: unknown) => {
        this.errors.report(error, undefined);
        return FALLBACK;
      }).then(async (config) => {
        // .gitignore / .outside-inignore count like the config's `ignore` globs.
        if (!config.file?.ignored && (await this.ignores.isIgnored(uri))) {
          config = { ...config, file: { ...(config.file ?? { rules: {}, lexicons: {} }), ignored: true } };
        }
        this.loaded.set(key, config);
        return config;
      });
      this.configs.set(key, found);
    }
    return found;
  }

  /**
   * Settings, a config or a rule file changed: forget cached configs and linters, then re-lint
   * every open document and every closed file that has problems, so none keeps stale ones.
   */
  async reload(): Promise<void> {
    this.generation++;
    this.settings = readSettings();
    this.config.clear();
    this.ignores.clear();
    this.configs.clear();
    this.loaded.clear();
    this.linters.clear();
    outputLog().info("settings or project config changed: re-linting");
    if (!this.settings.enable) {
      this.diagnostics.clear();
      this.states.clear();
      this.workspaceLinted.clear();
      this.changed.fire(undefined);
      return;
    }
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    const closed: vscode.Uri[] = [];
    this.diagnostics.forEach((uri) => {
      if (!open.has(uri.toString())) closed.push(uri);
    });
    await Promise.all([
      ...vscode.workspace.textDocuments.map((d) => this.lint(d)),
      ...closed.map((uri) => lintClosedFile(this, uri)),
    ]);
  }

  /** Lint workspace linted this file (open or not). */
  markWorkspaceLinted(uri: vscode.Uri): void {
    this.workspaceLinted.add(uri.toString());
  }

  /** An editor closed: a file Lint workspace covered keeps its problems (read again from disk). */
  async closed(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const keep = this.workspaceLinted.has(key);
    this.linters.delete(key);
    this.states.delete(key);
    this.skipped.delete(key);
    if (keep) await lintClosedFile(this, document.uri);
    else this.diagnostics.delete(document.uri);
    this.changed.fire(document);
  }

  /** A file or folder was deleted: drop the problems of every closed file at or under it. */
  deleted(uri: vscode.Uri): void {
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    const gone: vscode.Uri[] = [];
    this.diagnostics.forEach((u) => {
      if (isInside(u, uri) && !open.has(u.toString())) gone.push(u);
    });
    for (const u of gone) {
      this.diagnostics.delete(u);
      this.workspaceLinted.delete(u.toString());
      this.configs.delete(u.toString());
      this.loaded.delete(u.toString());
    }
    if (gone.length) outputLog().info(`cleared problems of ${gone.length} deleted file(s) under ${vscode.workspace.asRelativePath(uri)}`);
  }

  /** A file was renamed: its problems move with it (re-linted under the new path's config). */
  async renamed(from: vscode.Uri, to: vscode.Uri): Promise<void> {
    const had = this.workspaceLinted.has(from.toString()) || this.diagnostics.has(from);
    this.deleted(from);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === to.toString());
    if (!had || open) return;
    this.markWorkspaceLinted(to);
    await lintClosedFile(this, to);
  }

  async lint(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const why = this.whyNot(document);
    if (why) {
      // Copies and views are common (every git-tracked file has one): log only our languages.
      if (this.settings.languages.includes(document.languageId)) outputLog().info(`not linting ${document.uri.toString(true)}: ${why}`);
      this.forget(document);
      return;
    }
    const text = document.getText();
    // UTF-16 length is a cheap stand-in for bytes; ASCII-heavy prose makes them close.
    if (text.length > this.settings.maxFileSize) {
      this.states.delete(key);
      this.diagnostics.delete(document.uri);
      this.skipped.set(key, { kind: "too-large", size: text.length, limit: this.settings.maxFileSize });
      outputLog().info(`skipped ${vscode.workspace.asRelativePath(document.uri)}: ${text.length} characters is over outsideIn.maxFileSize`);
      this.changed.fire(document);
      return;
    }
    this.skipped.delete(key);
    const version = document.version;
    const generation = this.generation;
    const config = await this.configFor(document.uri);
    const ruleFile = await this.isRuleFile(document.uri);
    // A newer lint is on its way: the text changed, or the config was reloaded meanwhile.
    if (document.version !== version || document.isClosed || generation !== this.generation) return;
    if (config.file?.ignored || ruleFile) {
      outputLog().info(`skipped ${vscode.workspace.asRelativePath(document.uri)}: ${ruleFile ? "it is a custom rule definition" : "an ignore file or the config's `ignore` names it"}`);
      this.forget(document);
      return;
    }
    this.lintWith(document, config);
  }

  /**
   * The document's state for its current text. A code action or hover that arrives before the
   * debounced lint (Ctrl+. right after typing) re-lints synchronously: the incremental linter
   * makes that cheap.
   */
  fresh(document: vscode.TextDocument): DocumentState | undefined {
    const key = document.uri.toString();
    const state = this.states.get(key);
    if (state?.version === document.version) return state;
    const config = this.loaded.get(key);
    if (!config || !this.shouldLint(document) || config.file?.ignored) return undefined;
    if (this.skipped.has(key) || document.getText().length > this.settings.maxFileSize) return undefined;
    this.lintWith(document, config);
    return this.states.get(key);
  }

  private lintWith(document: vscode.TextDocument, config: DocumentConfig): void {
    const key = document.uri.toString();
    const options = lintOptionsFor(document.languageId, this.settings.rules, config.file, config.rulebook);
    const optKey = optionsKey(options, config.rulebookKey);
    let entry = this.linters.get(key);
    if (!entry || entry.key !== optKey) {
      entry = { key: optKey, linter: createIncrementalLinter(options) };
      this.linters.set(key, entry);
    }
    const version = document.version;
    const result = entry.linter.lint(document.getText());
    const siteUrl = config.siteUrl ?? this.settings.siteUrl;
    this.states.set(key, { version, result, options, rulebook: config.rulebook, siteUrl });
    this.diagnostics.set(document.uri, toDiagnostics(document, result.findings, siteUrl, (id) => this.ruleLink(id, config.rulebook, siteUrl)));
    this.changed.fire(document);
  }

  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.linters.delete(key);
    this.states.delete(key);
    this.skipped.delete(key);
    this.diagnostics.delete(document.uri);
    this.changed.fire(document);
  }

  dispose(): void {
    this.ruleFolders.dispose();
    this.diagnostics.dispose();
    this.changed.dispose();
  }
}
