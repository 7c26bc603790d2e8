// The public API of the Outside-In core. Pure TypeScript: no Node, VS Code or Astro imports.
export * from "./types.ts";
export { lint } from "./lint.ts";
export { applyFixes, minimalEdit, placeholdersAfter, type AppliedFixes } from "./fixes.ts";
export { fixAll, safeEdits, type FixAllResult } from "./fix-all.ts";
export { builtinRulebook, checkExtraRules, extendRulebook } from "./rulebook.ts";
export { parseRuleFile } from "./rules/parse-rule-file.ts";
export { RuleFileError, validateRule, type SchemaIssue } from "./rules/rule-schema.ts";
export { compilePattern, PatternError, MAX_MATCH_LENGTH } from "./rules/safe-pattern.ts";
export { perspectiveScore, SEVERITY_WEIGHT } from "./score.ts";
export { createLineIndex, type LineIndex } from "./positions.ts";
export { splitFrontMatter, FrontMatterError } from "./content/front-matter.ts";
export { parseDoDont, type DoDontItem, type ExampleText } from "./content/do-dont.ts";
export { isFixable } from "./rule-facts.ts";
export { fileDirectiveEdit, fileDirectiveOffset, lineDirectiveEdit } from "./directives.ts";
export { normalizePhrase } from "./exceptions.ts";
