// The one way every host finds and reads rule and lexicon files: the build, the content checker,
// the CLI and the extension.
import { RuleFileError } from "../core/rules/rule-schema.ts";
import type { ProjectFs } from "./fs.ts";
import { isInside } from "./paths.ts";
import { inFolder } from "./project-root.ts";

/** A rule or lexicon file: Markdown, but not a folder's index or README page and not a `_draft.md`. */
export function isRuleFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return name.endsWith(".md") && !name.startsWith("_") && lower !== "index.md" && lower !== "readme.md";
}

/**
 * The rule files under `dir`, sorted by path. A symbolic link is followed only when the host can
 * resolve it and its target stays inside `boundary`; each real folder is read once, so a link cycle
 * cannot loop. A failure to read `dir` itself is thrown as it is.
 */
export async function listRuleFiles(fs: ProjectFs, dir: string, boundary: string): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const walk = async (folder: string): Promise<void> => {
    const real = fs.realpath ? await fs.realpath(folder) : folder;
    if (seen.has(real)) return;
    seen.add(real);
    for (const entry of await fs.readDirectory(folder)) {
      const path = inFolder(folder, entry.name);
      if (entry.symlink) {
        if (!fs.realpath) continue;
        let target: string;
        try {
          target = await fs.realpath(path);
        } catch {
          continue; // a dangling link holds no rule
        }
        if (!isInside(target, boundary)) continue;
      }
      if (entry.kind === "directory") await walk(path);
      else if (entry.kind === "file" && isRuleFileName(entry.name)) files.push(path);
    }
  };
  await walk(dir);
  return files.sort();
}

/** A rule file's text and how messages name it. */
export interface RuleFileText {
  label: string;
  text: string;
}

/**
 * Parses each file and checks that no id is used twice. Nothing is thrown: every file's problem
 * comes back, so the build can list them all and a host can stop at the first.
 */
export function parseRuleFiles<T extends { id: string }>(files: readonly RuleFileText[], parse: (text: string, label: string) => T): { items: T[]; errors: Array<{ label: string; error: Error }> } {
  const items: T[] = [];
  const errors: Array<{ label: string; error: Error }> = [];
  const ids = new Map<string, string>();
  for (const { label, text } of files) {
    let item: T;
    try {
      item = parse(text, label);
    } catch (error) {
      errors.push({ label, error: error as Error });
      continue;
    }
    const earlier = ids.get(item.id);
    if (earlier !== undefined) errors.push({ label, error: new RuleFileError(label, [{ field: "id", message: `"${item.id}" is also used by ${earlier}` }]) });
    else ids.set(item.id, label);
    items.push(item);
  }
  return { items, errors };
}

/** A SHA-256 of the files' names and texts, in hex (Web Crypto: Node, browsers and web workers all have it). */
export async function contentHash(parts: readonly string[]): Promise<string> {
  const bytes = new TextEncoder().encode(parts.join("\0"));
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Reads the rule files in `dir` (see listRuleFiles) with their texts. */
export async function readRuleFiles(fs: ProjectFs, dir: string, boundary: string, label: (path: string) => string): Promise<Array<RuleFileText & { path: string }>> {
  const out: Array<RuleFileText & { path: string }> = [];
  for (const path of await listRuleFiles(fs, dir, boundary)) out.push({ path, label: label(path), text: await fs.readFile(path) });
  return out;
}
