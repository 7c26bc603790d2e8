// Config files, shared by the CLI and the editor extension: validate parsed objects, merge layers.
export * from "./types.ts";
export { validateConfig, SEVERITY_SETTINGS, TOP_LEVEL_KEYS, OVERRIDE_KEYS } from "./validate.ts";
export { resolveFileSettings, lintOptionsFromSettings, unknownIdIssues, ruleIdsIn, type ConfigLayer, type FileSettings, type GlobMatcher } from "./resolve.ts";
export { closest, editDistance } from "./suggest.ts";
export { CONFIG_FILE_NAMES, IGNORE_FILE_NAME, DEFAULT_SITE_URL, ruleHelpUrl } from "./names.ts";
