// The engine of every pattern the built-in rulebook compiles, by fresh analysis (not the table).
import { builtinRulebook } from "../src/core/index.ts";
import { compileRule } from "../src/core/rules/compile.ts";
import { wordClassesFor } from "../src/core/active-rules.ts";
import { analysePatternEngine, patternSourcesCompiledBy } from "../src/core/rules/safe-pattern.ts";

export function builtinPatternEngines(): Record<string, string> {
  const rulebook = builtinRulebook();
  const classes = wordClassesFor(rulebook);
  const sources = patternSourcesCompiledBy(() => {
    for (const rule of rulebook.rules) compileRule(rule, classes);
  });
  const engines: Record<string, string> = {};
  for (const source of [...sources].sort()) engines[source] = analysePatternEngine(source);
  return engines;
}

export const serializeEngines = (engines: Record<string, string>): string => `${JSON.stringify(engines, null, 1)}\n`;
