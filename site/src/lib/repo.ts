// Where the playbook's files live and where people edit them or send feedback. Build time only.
import { readFileSync } from "node:fs";
import { join } from "node:path";

declare const __REPO_ROOT__: string;

/** The repository root (set by astro.config.mjs). */
export const REPO_ROOT = __REPO_ROOT__;

/** The repository people edit pages in; override with OUTSIDE_IN_REPO_URL. */
export const REPO_URL = (process.env.OUTSIDE_IN_REPO_URL ?? "https://github.com/outside-in/outside-in").replace(/\/$/, "");

/** Reads a file by its repository-relative path, e.g. `content/principles/make-it-easy.md`. */
export function readRepoFile(path: string): string {
  return readFileSync(join(REPO_ROOT, path), "utf8");
}

/** The web editor for a repository file. */
export function editUrlFor(path: string): string {
  return `${REPO_URL}/edit/main/${path}`;
}

/** A repository file or folder in the web browser, for pages that are not one file in content/. */
export function browseUrlFor(path: string): string {
  return `${REPO_URL}/tree/main/${path}`;
}

/** A new issue, pre-filled with the page it is about. */
export function feedbackUrlFor(title: string, pagePath: string): string {
  const params = new URLSearchParams({
    title: `Feedback: ${title}`,
    body: `Page: https://outside-in.dev${pagePath}\n\nWhat would make this page more useful to you?\n`,
    labels: "playbook-feedback",
  });
  return `${REPO_URL}/issues/new?${params}`;
}
