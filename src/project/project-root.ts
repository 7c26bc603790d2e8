// Where a project begins: the one rule every host uses to bound the config search, the ignore files
// and the rule folders.
import { exists, type ProjectFs } from "./fs.ts";
import { dirname } from "./paths.ts";

/** The nearest folder holding `.git` at or above `dir`, if any. */
export async function findGitRoot(fs: ProjectFs, dir: string): Promise<string | undefined> {
  for (let at = dir; ; at = dirname(at)) {
    if (await exists(fs, `${at === "/" ? "" : at}/.git`)) return at;
    if (dirname(at) === at) return undefined;
  }
}

/** Joins a folder and a name without doubling the root's slash. */
export const inFolder = (dir: string, name: string): string => `${dir === "/" ? "" : dir}/${name}`;
