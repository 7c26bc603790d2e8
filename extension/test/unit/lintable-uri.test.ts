// Only the user's own files are linted: not the git: copy VS Code opens for change markers, not
// output panels, not our report.
import { describe, expect, it } from "vitest";
import { REPORT_SCHEME, schemeVerdict } from "../../src/lintable-uri.ts";

describe("which schemes are linted", () => {
  it.each(["file", "untitled", "vscode-vfs", "vscode-remote"])("lints %s:", (scheme) => {
    expect(schemeVerdict(scheme)).toEqual({ lint: true });
  });

  it.each(["git", "output", "vscode-scm", REPORT_SCHEME, "vscode-userdata"])("never lints %s:", (scheme) => {
    const verdict = schemeVerdict(scheme, [scheme]);
    expect(verdict.lint).toBe(false);
    expect(verdict).toMatchObject({ reason: expect.stringContaining(`"${scheme}:"`) });
  });

  it("lints a virtual workspace's own scheme, and no other unknown scheme", () => {
    expect(schemeVerdict("memfs", ["memfs"])).toEqual({ lint: true });
    expect(schemeVerdict("memfs", ["file"]).lint).toBe(false);
  });
});
