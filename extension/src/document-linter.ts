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
  private readonly configs = new Map<string, Promise<DocumentConfig>>();
  /** Configs already loaded, so a stale document can be re-linted synchronously. */
  private readonly loaded = new Map<string, DocumentConfig>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires after a document was linted (or skipped). */
  readonly onDidLint = this.changed.event;

  shouldLint(document: vscode.TextDocument): boolean {
    return this.settings.enable && this.settings.languages.includes(document.languageId) && document.uri.scheme !== "output";
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

  /** Settings or the config changed: forget cached configs and linters, re-lint open documents. */
  async reload(): Promise<void> {
    this.settings = readSettings();
    this.config.clear();
    this.ignores.clear();
    this.configs.clear();
    this.loaded.clear();
    this.linters.clear();
    await Promise.all(vscode.workspace.textDocuments.map((d) => this.lint(d)));
  }

  async lint(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    if (!this.shouldLint(document)) {
      this.forget(document);
      return;
    }
    const text = document.getText();
    // UTF-16 length is a cheap stand-in for bytes; ASCII-heavy prose makes them close.
    if (text.length > this.settings.maxFileSize) {
      this.states.delete(key);
      this.diagnostics.delete(document.uri);
      this.skipped.set(key, { kind: "too-large", size: text.length, limit: this.settings.maxFileSize });
      this.changed.fire(document);
      return;
    }
    this.skipped.delete(key);
    const version = document.version;
    const config = await this.configFor(document.uri);
    if (document.version !== version || document.isClosed) return; // a newer lint is on its way
    if (config.file?.ignored) {
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
    this.diagnostics.set(document.uri, toDiagnostics(document, result.findings, siteUrl));
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
    this.diagnostics.dispose();
    this.changed.dispose();
  }
}
