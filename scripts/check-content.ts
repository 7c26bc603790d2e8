// `npm run check:content [dir]`: checks the playbook in content/ (or dir) and exits 1 on any error.
// The playbook's prose is linted with the rules in the same directory's rules/ folder.
import { resolve, relative } from "node:path";
import { builtinRulebook, lint } from "../src/core/index.ts";
import { checkContent, defaultOptions } from "./content-check/check.ts";
import { formatReport } from "./content-check/format.ts";
import { loadContentTree } from "./content-check/load.ts";
import { lintForTree } from "./content-check/tree-rulebook.ts";

const root = resolve(process.argv[2] ?? "content");
const tree = loadContentTree(root);
const linter = lintForTree(tree, lint, builtinRulebook());
const report = checkContent(tree, defaultOptions({ lint: linter.lint }));
report.warnings.push(...linter.problems);
console.log(formatReport(report, relative(process.cwd(), root) || "."));
console.log(`Linted with ${linter.ruleCount} rule(s) from ${linter.fromTree ? "rules/" : "the built-in rulebook"}.`);
process.exit(report.errors.length > 0 ? 1 : 0);
