// Validates a parsed config object (from YAML or JSON). Pure: the CLI, the editor extension and
// the site share it, and schema/outside-in.schema.json must agree with it (a test checks a table).
import { AUDIENCES, DOCUMENT_TYPES, type Audience, type DocumentType, type SeveritySetting } from "../types.ts";
import { closest } from "./suggest.ts";
import { ConfigError, type ConfigIssue, type ConfigOverride, type FileLevelSettings, type OutsideInConfig } from "./types.ts";

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ["error", "warning", "info", "off"];
export const TOP_LEVEL_KEYS = [
  "$schema", "root", "rules", "documentType", "frontMatterFields", "perspectiveThreshold",
  "ruleFolders", "ruleFoldersOutsideProject", "overrides", "ignore", "siteUrl", "audience", "learnedThreshold", "lexicons",
  "exceptions",
] as const;
export const OVERRIDE_KEYS = ["files", "rules", "documentType", "frontMatterFields", "perspectiveThreshold", "audience", "learnedThreshold"] as const;
const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

type Data = Record<string, unknown>;

const describe = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "a list" : typeof value === "object" ? "a mapping" : JSON.stringify(value);

const isMapping = (value: unknown): value is Data => typeof value === "object" && value !== null && !Array.isArray(value);

class ConfigChecker {
  readonly issues: ConfigIssue[] = [];

  fail(field: string, message: string): undefined {
    this.issues.push({ field, message });
    return undefined;
  }

  unknownKeys(data: Data, allowed: readonly string[], prefix: string): void {
    for (const key of Object.keys(data)) {
      if (allowed.includes(key)) continue;
      const hint = closest(key, allowed);
      this.fail(prefix + key, `is not a known field${hint ? `; did you mean "${hint}"?` : ` (known: ${allowed.join(", ")})`}`);
    }
  }

  strings(value: unknown, field: string): string[] | undefined {
    if (value === undefined) return undefined;
    // A single string is accepted where a list is expected, as in ESLint and markdownlint.
    if (typeof value === "string" && value !== "") return [value];
    if (!Array.isArray(value) || value.some((v) => typeof v !== "string" || v === "")) {
      return this.fail(field, `expected a list of non-empty strings; got ${describe(value)}`);
    }
    return value as string[];
  }

  rules(value: unknown, field: string): Record<string, SeveritySetting> | undefined {
    if (value === undefined) return undefined;
    if (!isMapping(value)) return this.fail(field, `expected a mapping of rule id to ${SEVERITY_SETTINGS.join(" | ")}; got ${describe(value)}`);
    const rules: Record<string, SeveritySetting> = {};
    for (const [id, setting] of Object.entries(value)) {
      if (!RULE_ID.test(id)) this.fail(`${field}.${id}`, "expected a kebab-case rule id (like sole-discretion)");
      // `false` reads naturally for "off", as in markdownlint.
      const normalised = setting === false ? "off" : setting;
      if (typeof normalised !== "string" || !SEVERITY_SETTINGS.includes(normalised as SeveritySetting)) {
        const hint = typeof setting === "string" ? closest(setting, SEVERITY_SETTINGS.filter((x) => x !== setting)) : undefined;
        this.fail(`${field}.${id}`, `expected one of ${SEVERITY_SETTINGS.join(", ")}; got ${describe(setting)}${hint ? ` (did you mean "${hint}"?)` : ""}`);
        continue;
      }
      rules[id] = normalised as SeveritySetting;
    }
    return rules;
  }

  documentType(value: unknown, field: string): DocumentType | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== "string" || !DOCUMENT_TYPES.includes(value as DocumentType)) {
      const hint = typeof value === "string" ? closest(value, DOCUMENT_TYPES) : undefined;
      return this.fail(field, `expected one of ${DOCUMENT_TYPES.join(", ")}; got ${describe(value)}${hint ? ` (did you mean "${hint}"?)` : ""}`);
    }
    return value as DocumentType;
  }

  audience(value: unknown, field: string): Audience | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== "string" || !AUDIENCES.includes(value as Audience)) return this.fail(field, `expected one of ${AUDIENCES.join(", ")}; got ${describe(value)}`);
    return value as Audience;
  }

  probability(value: unknown, field: string): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0.5 || value > 0.99) return this.fail(field, `expected a number from 0.5 to 0.99; got ${describe(value)}`);
    return value;
  }

  lexicons(value: unknown): Record<string, string[]> | undefined {
    if (value === undefined) return undefined;
    if (!isMapping(value)) return this.fail("lexicons", `expected a mapping of lexicon id to a list of words or phrases; got ${describe(value)}`);
    const lexicons: Record<string, string[]> = {};
    for (const [id, entries] of Object.entries(value)) {
      if (!RULE_ID.test(id)) this.fail(`lexicons.${id}`, "expected a kebab-case lexicon id (like company-metrics)");
      const list = this.strings(entries, `lexicons.${id}`);
      if (list) lexicons[id] = list;
    }
    return lexicons;
  }

  threshold(value: unknown, field: string): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 100) {
      return this.fail(field, `expected a number from 0 to 100; got ${describe(value)}`);
    }
    return value;
  }

  fileLevel(data: Data, prefix: string): FileLevelSettings {
    const settings: FileLevelSettings = {
      rules: this.rules(data.rules, `${prefix}rules`),
      documentType: this.documentType(data.documentType, `${prefix}documentType`),
      frontMatterFields: this.strings(data.frontMatterFields, `${prefix}frontMatterFields`),
      perspectiveThreshold: this.threshold(data.perspectiveThreshold, `${prefix}perspectiveThreshold`),
      audience: this.audience(data.audience, `${prefix}audience`),
      learnedThreshold: this.probability(data.learnedThreshold, `${prefix}learnedThreshold`),
    };
    return settings;
  }

  overrides(value: unknown): ConfigOverride[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) return this.fail("overrides", `expected a list of { files, documentType?, rules?, ... }; got ${describe(value)}`);
    const overrides: ConfigOverride[] = [];
    value.forEach((entry, i) => {
      const at = `overrides[${i}]`;
      if (!isMapping(entry)) return this.fail(at, `expected a mapping with "files"; got ${describe(entry)}`);
      this.unknownKeys(entry, OVERRIDE_KEYS, `${at}.`);
      const files = entry.files === undefined ? this.fail(`${at}.files`, "is required (a glob or list of globs)") : this.strings(entry.files, `${at}.files`);
      const settings = this.fileLevel(entry, `${at}.`);
      if (files) overrides.push({ files, ...settings });
    });
    return overrides;
  }
}

/** Drops fields left undefined so merged configs and cache keys stay small and stable. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Validates a parsed config. Throws ConfigError naming `file`, every bad field and what was expected. */
export function validateConfig(data: unknown, file: string): OutsideInConfig {
  // An empty YAML file parses to null: treat it as an empty config.
  if (data === null || data === undefined) return {};
  const c = new ConfigChecker();
  if (!isMapping(data)) throw new ConfigError(file, [{ field: "(top level)", message: `expected a mapping of settings; got ${describe(data)}` }]);
  c.unknownKeys(data, TOP_LEVEL_KEYS, "");
  if (data.$schema !== undefined && typeof data.$schema !== "string") c.fail("$schema", `expected a string; got ${describe(data.$schema)}`);
  for (const key of ["root", "ruleFoldersOutsideProject"] as const) {
    if (data[key] !== undefined && typeof data[key] !== "boolean") c.fail(key, `expected true or false; got ${describe(data[key])}`);
  }
  let siteUrl: string | undefined;
  if (data.siteUrl !== undefined) {
    if (typeof data.siteUrl !== "string" || !/^https?:\/\/[^\s/]+/.test(data.siteUrl)) {
      c.fail("siteUrl", `expected an http(s) URL like https://outside-in.dev; got ${describe(data.siteUrl)}`);
    } else siteUrl = data.siteUrl;
  }
  const config: OutsideInConfig = compact({
    $schema: typeof data.$schema === "string" ? data.$schema : undefined,
    root: typeof data.root === "boolean" ? data.root : undefined,
    ...c.fileLevel(data, ""),
    ruleFolders: c.strings(data.ruleFolders, "ruleFolders"),
    ruleFoldersOutsideProject: typeof data.ruleFoldersOutsideProject === "boolean" ? data.ruleFoldersOutsideProject : undefined,
    overrides: c.overrides(data.overrides)?.map(compact),
    ignore: c.strings(data.ignore, "ignore"),
    siteUrl,
    lexicons: c.lexicons(data.lexicons),
    exceptions: c.strings(data.exceptions, "exceptions"),
  });
  if (c.issues.length) throw new ConfigError(file, c.issues);
  return config;
}
