// `npm run check:content [dir]`: checks the playbook in content/ (or dir) and exits 1 on any error.
import { resolve, relative } from "node:path";
import { lint } from "../src/core/index.ts";
import { checkContent, defaultOptions } from "./content-check/check.ts";
import { formatReport } from "./content-check/format.ts";
import { loadContentTree } from "./content-check/load.ts";

const root = resolve(process.argv[2] ?? "content");
const report = checkContent(loadContentTree(root), defaultOptions({ lint }));
console.log(formatReport(report, relative(process.cwd(), root) || "."));
process.exit(report.errors.length > 0 ? 1 : 0);
