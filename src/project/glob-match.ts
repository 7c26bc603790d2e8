// Config globs: relative to the config's folder; a glob without a slash matches at any depth, and a
// glob that matches a folder covers everything inside it (as in .gitignore).
import picomatch from "picomatch";
import type { GlobMatcher } from "../core/config/resolve.ts";

const compiled = new Map<string, (path: string) => boolean>();

function compile(glob: string): (path: string) => boolean {
  let pattern = glob.replace(/^\.\//, "").replace(/\/+$/, "");
  if (pattern.startsWith("/")) pattern = pattern.slice(1);
  else if (!pattern.includes("/")) pattern = `**/${pattern}`;
  return picomatch(pattern, { dot: true });
}

export const matchGlob: GlobMatcher = (glob, relativePath) => {
  let test = compiled.get(glob);
  if (!test) compiled.set(glob, (test = compile(glob)));
  if (test(relativePath)) return true;
  for (let i = relativePath.lastIndexOf("/"); i > 0; i = relativePath.lastIndexOf("/", i - 1)) {
    if (test(relativePath.slice(0, i))) return true;
  }
  return false;
};

/** Paths inside the project always use `/`, whatever the platform. */
export const toPosix = (path: string): string => path.split("\\").join("/");
