// The shape of an Outside-In config file (.outside-in.yaml / .outside-in.json), after validation.
import type { Audience, DocumentType, SeveritySetting } from "../types.ts";

/** Settings that can be set for every file or per glob in `overrides`. */
export interface FileLevelSettings {
  /** Rule id to severity (`error`, `warning`, `info`) or `off`. */
  rules?: Record<string, SeveritySetting>;
  /** The kind of document; rules limited to other kinds are skipped. */
  documentType?: DocumentType;
  /** Front-matter fields whose values are linted as prose. */
  frontMatterFields?: string[];
  /** Documents whose perspective score falls below this are flagged (0-100). */
  perspectiveThreshold?: number;
  /** Who the documents are for: `customers` (default) or `staff`. */
  audience?: Audience;
  /** How sure the learned layer must be before it speaks (0.5 to 0.99; default: the model's own). */
  learnedThreshold?: number;
}

/** Settings for the files matching `files` (globs relative to the config's folder). */
export interface ConfigOverride extends FileLevelSettings {
  files: string[];
}

/** A whole config file. */
export interface OutsideInConfig extends FileLevelSettings {
  /** Editors read this to find the JSON Schema; the linter ignores it. */
  $schema?: string;
  /** Stop looking for configs in parent folders. */
  root?: boolean;
  /** Extra folders of Markdown rule files (same format as content/rules/), relative to the config. */
  ruleFolders?: string[];
  /** Allow rule folders outside the project (the git repository holding the config, or its folder). */
  ruleFoldersOutsideProject?: boolean;
  /** Per-glob settings; later entries win. */
  overrides?: ConfigOverride[];
  /** Globs (relative to the config's folder) of files and folders never linted. */
  ignore?: string[];
  /** Base URL of the playbook site; rule pages live at `<siteUrl>/rules/<id>/`. */
  siteUrl?: string;
  /** Entries added to built-in lexicons, by lexicon id: `{ company-metrics: [ARR, "seat expansion"] }`. */
  lexicons?: Record<string, string[]>;
  /** Phrases the project accepts: findings on exactly this text (ignoring case and spacing) are not reported. */
  exceptions?: string[];
}

/** One problem with one field of one config file. */
export interface ConfigIssue {
  /** Dotted path of the field, e.g. `overrides[0].documentType`. */
  field: string;
  message: string;
}

/** An invalid config: names the file, each bad field and what was expected. */
export class ConfigError extends Error {
  readonly file: string;
  readonly issues: ConfigIssue[];
  constructor(file: string, issues: ConfigIssue[]) {
    super(`${file}: invalid config\n${issues.map((i) => `  ${i.field}: ${i.message}`).join("\n")}`);
    this.name = "ConfigError";
    this.file = file;
    this.issues = issues;
  }
}
