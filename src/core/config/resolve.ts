// Merges the configs that apply to one file (farthest folder first) into the settings lint() takes.
// Pure: the caller supplies paths relative to each config's folder and a glob matcher.
import type { LintOptions, Rulebook, SeveritySetting } from "../types.ts";
import type { ConfigIssue, FileLevelSettings, OutsideInConfig } from "./types.ts";
import { closest } from "./suggest.ts";

/** One config on the way from the file up to the root, with the file's path relative to its folder. */
export interface ConfigLayer {
  config: OutsideInConfig;
  /** The linted file's path relative to this config's folder, with `/` separators. */
  relativePath: string;
}

/** Tells whether a glob (relative to a config's folder) matches a relative path. */
export type GlobMatcher = (glob: string, relativePath: string) => boolean;

/** What the config says about one file. */
export type FileSettings = Pick<LintOptions, "documentType" | "frontMatterFields" | "perspectiveThreshold" | "audience" | "learnedThreshold"> & {
  rules: Record<string, SeveritySetting>;
  /** Lexicon entries added by the configs on the way, farthest first. */
  lexicons: Record<string, string[]>;
  /** Accepted phrases from every config on the way (absent when none names any). */
  exceptions?: string[];
  /** Matched an `ignore` glob of some layer. */
  ignored: boolean;
};

function apply(target: FileSettings, settings: FileLevelSettings): void {
  if (settings.rules) Object.assign(target.rules, settings.rules);
  if (settings.documentType !== undefined) target.documentType = settings.documentType;
  if (settings.frontMatterFields !== undefined) target.frontMatterFields = settings.frontMatterFields;
  if (settings.perspectiveThreshold !== undefined) target.perspectiveThreshold = settings.perspectiveThreshold;
  if (settings.audience !== undefined) target.audience = settings.audience;
  if (settings.learnedThreshold !== undefined) target.learnedThreshold = settings.learnedThreshold;
}

/** Nearer configs win over farther ones; within a config, later overrides win over earlier ones. */
export function resolveFileSettings(layers: readonly ConfigLayer[], matches: GlobMatcher): FileSettings {
  const settings: FileSettings = { rules: {}, lexicons: {}, ignored: false };
  for (const { config, relativePath } of layers) {
    apply(settings, config);
    for (const [id, entries] of Object.entries(config.lexicons ?? {})) settings.lexicons[id] = [...(settings.lexicons[id] ?? []), ...entries];
    if (config.exceptions?.length) settings.exceptions = [...(settings.exceptions ?? []), ...config.exceptions];
    for (const override of config.overrides ?? []) {
      if (override.files.some((glob) => matches(glob, relativePath))) apply(settings, override);
    }
    if (config.ignore?.some((glob) => matches(glob, relativePath))) settings.ignored = true;
  }
  return settings;
}

/** Every rule id a config mentions, with the field naming it, to check against the rulebook. */
export function ruleIdsIn(config: OutsideInConfig): Array<{ id: string; field: string }> {
  const ids = Object.keys(config.rules ?? {}).map((id) => ({ id, field: `rules.${id}` }));
  (config.overrides ?? []).forEach((o, i) => {
    for (const id of Object.keys(o.rules ?? {})) ids.push({ id, field: `overrides[${i}].rules.${id}` });
  });
  return ids;
}

/** The lint() options a file's settings give, shared by every host. */
export function lintOptionsFromSettings(settings: FileSettings): Pick<LintOptions, "rules" | "documentType" | "frontMatterFields" | "perspectiveThreshold" | "audience" | "learnedThreshold" | "lexicons" | "exceptions"> {
  const options: ReturnType<typeof lintOptionsFromSettings> = { rules: { ...settings.rules } };
  if (settings.documentType !== undefined) options.documentType = settings.documentType;
  if (settings.frontMatterFields !== undefined) options.frontMatterFields = settings.frontMatterFields;
  if (settings.perspectiveThreshold !== undefined) options.perspectiveThreshold = settings.perspectiveThreshold;
  if (settings.audience !== undefined) options.audience = settings.audience;
  if (settings.learnedThreshold !== undefined) options.learnedThreshold = settings.learnedThreshold;
  if (Object.keys(settings.lexicons).length > 0) options.lexicons = settings.lexicons;
  if (settings.exceptions?.length) options.exceptions = settings.exceptions;
  return options;
}

/**
 * A misspelt rule or lexicon id would silently do nothing: one issue per unknown id a config
 * names, with the closest known id as a hint.
 */
export function unknownIdIssues(config: OutsideInConfig, rulebook: Rulebook): ConfigIssue[] {
  const rules = rulebook.rules.map((r) => r.id);
  const lexicons = (rulebook.lexicons ?? []).map((l) => l.id);
  const issues: ConfigIssue[] = [];
  for (const { id, field } of ruleIdsIn(config)) {
    if (rules.includes(id)) continue;
    const hint = closest(id, rules);
    issues.push({ field, message: `unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : "; run `outside-in rules` to list them"}` });
  }
  for (const id of Object.keys(config.lexicons ?? {})) {
    if (lexicons.includes(id)) continue;
    const hint = closest(id, lexicons);
    issues.push({ field: `lexicons.${id}`, message: `unknown lexicon "${id}"${hint ? `; did you mean "${hint}"?` : ` (known: ${lexicons.join(", ")})`}` });
  }
  return issues;
}
