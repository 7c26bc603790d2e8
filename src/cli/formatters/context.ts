// What a formatter needs besides the reports.
import type { Rule } from "../../core/index.ts";
import { ruleHelpUrl } from "../../core/config/names.ts";

export interface FormatContext {
  cwd: string;
  /** The git root holding cwd (cwd itself outside git): CI tools want paths from there. */
  repoRoot: string;
  color: boolean;
  siteUrl: string;
  version: string;
  /** Every rule that may appear in the reports, by id. */
  rules: Map<string, Rule>;
  env: Record<string, string | undefined>;
  /** --fix-dry-run: fixes were computed but not written. */
  dryRun?: boolean;
}

export type Formatter = (reports: import("../report.ts").FileReport[], context: FormatContext) => string;

export const helpUrl = (ruleId: string, context: FormatContext): string => ruleHelpUrl(ruleId, context.siteUrl);
