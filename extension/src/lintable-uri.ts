// Pure: which documents are the user's own text. VS Code also opens copies (the `git:` version an
// editor's change markers compare against), output panels and our own views; linting those would
// show every problem twice and under the wrong config.

/** Our read-only report view's scheme; never linted. */
export const REPORT_SCHEME = "outside-in-report";

/** Schemes that hold workspace files: local, unsaved, and remote or virtual workspaces. */
const WORKSPACE_SCHEMES = new Set(["file", "untitled", "vscode-vfs", "vscode-remote", "vsls"]);

/** Schemes that are copies, views or logs of something else, whatever the workspace is. */
const NEVER = new Set(["git", "gitfs", "scm-history-item", "output", "vscode-scm", "merge-conflict.conflict-diff", "review", "pr", "vscode-userdata", "vscode-settings", REPORT_SCHEME]);

export type SchemeVerdict = { lint: true } | { lint: false; reason: string };

/**
 * Whether a document with this URI scheme is linted. `workspaceSchemes` are the schemes of the
 * open workspace folders: a virtual workspace (say `memfs:`) maps its own scheme to the workspace.
 */
export function schemeVerdict(scheme: string, workspaceSchemes: readonly string[] = []): SchemeVerdict {
  if (NEVER.has(scheme)) return { lint: false, reason: `a "${scheme}:" document is a copy or a view, not a workspace file` };
  if (WORKSPACE_SCHEMES.has(scheme) || workspaceSchemes.includes(scheme)) return { lint: true };
  return { lint: false, reason: `the "${scheme}:" scheme does not map to the workspace` };
}
