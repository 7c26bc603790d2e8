import type { Rulebook } from "../src/core/types.ts";

export function compileRulebook(dir: string, root?: string, lexiconDir?: string): Promise<{ rulebook: Rulebook; errors: Error[] }>;
export function serializeRulebook(rulebook: Rulebook): string;
