// The project layer: config chain, ignore files, rule folders, globs and per-file settings, written
// once over an injected file system for the CLI, the extension, the build and the content checker.
export * from "./fs.ts";
export * from "./paths.ts";
export { findGitRoot, inFolder } from "./project-root.ts";
export { parseConfigText, readConfigFile, type LoadedConfig } from "./config-file.ts";
export { ConfigChain, type ConfigChainOptions } from "./config-chain.ts";
export { ALWAYS_SKIPPED, IGNORE_FILES, IgnoreFiles } from "./ignore-files.ts";
export { contentHash, isRuleFileName, listRuleFiles, parseRuleFiles, readRuleFiles, type RuleFileText } from "./rule-files.ts";
export { RulebookLoader, type LoadedRulebook, type RuleFolderEntry, type RulebookLoaderOptions } from "./rulebook-loader.ts";
export { layersFor, nearestSiteUrl, settingsFor } from "./file-settings.ts";
export { matchGlob, toPosix } from "./glob-match.ts";
