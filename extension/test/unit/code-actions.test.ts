// Code actions are built from the core's suggestions: one per suggestion (first safe preferred),
// disable-for-line and disable-for-file comments the core honours, and fix-all through fixAll().
import { describe, expect, it, vi } from "vitest";
import { applyFixes, fixAll, lint, type LintOptions } from "../../../src/core/index.ts";
import { rule, testRulebook } from "../../../test/core/fixtures.ts";
import { textDocument } from "./helpers.ts";

vi.mock("vscode", () => import("./fake-vscode.ts"));
const { actionSpecs, fileDirectiveOffset, minimalEdit } = await import("../../src/action-specs.ts");
const { OutsideInCodeActions, FIX_ALL_KIND } = await import("../../src/code-actions.ts");
const { toDiagnostics } = await import("../../src/diagnostics.ts");
const vscode = await import("./fake-vscode.ts");

// A rule with two rewrites, only the second safe, to check which one is preferred.
const twoWays = rule({
  id: "test-two-ways",
  kind: "substitution",
  swap: [
    { pattern: "leverage", replace: "exploit", safe: false },
  ],
});
const rulebook = { version: 1 as const, rules: [...testRulebook.rules, twoWays] };

function only(text: string, options: LintOptions = { rulebook }) {
  const findings = lint(text, options).findings;
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

describe("action specs", () => {
  it("offers one action per suggestion, the first safe one preferred, then the disable actions", () => {
    const text = "# Refunds\n\nRefunds are paid at our sole discretion.\n";
    const specs = actionSpecs(only(text), text, true);
    expect(specs.map((s) => [s.title, s.preferred])).toEqual([
      ['Replace with "based on the published criteria"', true],
      ["Disable test-sole-discretion for this line", false],
      ["Disable test-sole-discretion for this file", false],
    ]);
    expect(applyFixes(text, specs[0]!.edits).output).toBe("# Refunds\n\nRefunds are paid based on the published criteria.\n");
  });

  it("prefers nothing when no suggestion is safe", () => {
    const text = "We leverage data.\n";
    const specs = actionSpecs(only(text), text, true);
    expect(specs[0]).toMatchObject({ title: 'Replace with "exploit"', preferred: false });
  });

  it("writes disable comments that the core honours, keeping list indentation and CRLF", () => {
    const text = "Intro.\r\n\r\n- First.\r\n  Users must sign in.\r\n";
    const finding = only(text);
    const [, line, file] = actionSpecs(finding, text, true);
    const disabledLine = applyFixes(text, line!.edits).output;
    expect(disabledLine).toBe("Intro.\r\n\r\n- First. <!-- outside-in-disable-next-line test-users-must -->\r\n  Users must sign in.\r\n");
    expect(lint(disabledLine, { rulebook }).findings).toEqual([]);
    const disabledFile = applyFixes(text, file!.edits).output;
    expect(disabledFile.startsWith("<!-- outside-in-disable-file test-users-must -->\r\n\r\nIntro.")).toBe(true);
    expect(lint(disabledFile, { rulebook }).findings).toEqual([]);
  });

  it("disables one line of a paragraph without splitting the paragraph or touching other lines", () => {
    const text = "# Terms\n\nYou agree to this.\nUsers must sign in,\nand customers must pay.\n\n    code\nUsers must wait.\n";
    const before = lint(text, { rulebook });
    expect(before.findings.map((f) => f.start.line)).toEqual([4, 5, 8]);
    for (const finding of before.findings) {
      const [, line] = actionSpecs(finding, text, true);
      const after = lint(applyFixes(text, line!.edits).output, { rulebook });
      expect(after.findings.map((f) => f.excerpt)).toEqual(before.findings.filter((f) => f !== finding).map((f) => f.excerpt));
      expect(after.perspective.sentences).toBe(before.perspective.sentences);
    }
    // After an indented code line the comment gets its own line (inside the code it would be text).
    const [, afterCode] = actionSpecs(before.findings[2]!, text, true);
    expect(afterCode!.edits[0]!.text).toBe("<!-- outside-in-disable-next-line test-users-must -->\n");
    // Under a heading or a blank line, too.
    const headed = "# Terms\nUsers must sign in.\n";
    expect(applyFixes(headed, actionSpecs(only(headed), headed, true)[1]!.edits).output)
      .toBe("# Terms <!-- outside-in-disable-next-line test-users-must -->\nUsers must sign in.\n");
  });

  it("puts the disable-file comment after front matter", () => {
    const text = "---\ntitle: Policy\n---\n\nUsers must sign in.\n";
    expect(fileDirectiveOffset(text)).toBe(text.indexOf("\nUsers") );
    const [, , file] = actionSpecs(only(text), text, true);
    const out = applyFixes(text, file!.edits).output;
    expect(out).toBe("---\ntitle: Policy\n---\n<!-- outside-in-disable-file test-users-must -->\n\nUsers must sign in.\n");
    expect(lint(out, { rulebook }).findings).toEqual([]);
  });

  it("offers no comment actions in plain text or MDX, which have no HTML comments", () => {
    const text = "Users must sign in.\n";
    const specs = actionSpecs(only(text, { rulebook, syntax: "text" }), text, false);
    expect(specs.map((s) => s.title)).toEqual(['Replace with "You must"']);
  });

  it("computes the smallest single edit between two texts", () => {
    expect(minimalEdit("abc", "abc")).toBeUndefined();
    expect(minimalEdit("a users must b", "a you must b")).toEqual({ range: { start: 2, end: 7 }, text: "you" });
    expect(minimalEdit("aaa", "aaaa")).toEqual({ range: { start: 3, end: 3 }, text: "a" });
  });
});

describe("code action provider", () => {
  function setup(text: string, languageId = "markdown") {
    const doc = textDocument(text, languageId);
    const options: LintOptions = { rulebook, syntax: languageId === "plaintext" ? "text" : "markdown" };
    const result = lint(text, options);
    const state = { version: doc.version, result, options, rulebook, siteUrl: "" };
    const provider = new OutsideInCodeActions({ state: () => state, fresh: () => state } as never);
    const diagnostics = toDiagnostics(doc, result.findings, "");
    return { doc, provider, diagnostics };
  }

  it("builds quick fixes for our diagnostics in the request", () => {
    const text = "Users must sign in at our sole discretion.\n";
    const { doc, provider, diagnostics } = setup(text);
    const actions = provider.provideCodeActions(doc as never, diagnostics[1]!.range as never, { diagnostics: [diagnostics[1]!], only: undefined } as never);
    expect(actions.map((a) => a.title)).toEqual([
      'Replace with "based on the published criteria"',
      "Disable test-sole-discretion for this line",
      "Disable test-sole-discretion for this file",
      'Add "at our sole discretion" to the project\'s exceptions',
      "Fix all in this document (2 problems)",
    ]);
    // Accepting a phrase runs the command that writes it into the project config.
    expect(actions[3]!.command).toMatchObject({ command: "outsideIn.addException", arguments: [doc.uri, "at our sole discretion"] });
    // Fix all sits in the Ctrl+. menu as a quick fix, with the same edit as source.fixAll.
    expect(actions[4]!.kind!.value).toBe("quickfix");
    const [sourceFixAll] = provider.provideCodeActions(doc as never, undefined as never, { diagnostics: [], only: vscode.CodeActionKind.SourceFixAll } as never);
    expect(actions[4]!.edit).toEqual(sourceFixAll!.edit);
    expect(actions[0]!.isPreferred).toBe(true);
    expect(actions[0]!.kind!.value).toBe("quickfix");
    const edit = (actions[0]!.edit as unknown as InstanceType<typeof vscode.WorkspaceEdit>).edits[0]!;
    expect(doc.getText(edit.range as never)).toBe("at our sole discretion");
  });

  it("ignores diagnostics from other extensions", () => {
    const text = "Users must sign in.\n";
    const { doc, provider, diagnostics } = setup(text);
    const foreign = Object.assign(new vscode.Diagnostic(diagnostics[0]!.range, "x", 1), { source: "markdownlint", code: "test-users-must" });
    expect(provider.provideCodeActions(doc as never, foreign.range as never, { diagnostics: [foreign] } as never)).toEqual([]);
  });

  it("fixes all safe findings with one edit for source.fixAll, equal to the core's fixAll", () => {
    const text = "Users must sign in.\n\nRefunds are paid at our sole discretion. We leverage data.\n";
    const { doc, provider } = setup(text);
    const [action] = provider.provideCodeActions(doc as never, undefined as never, { diagnostics: [], only: vscode.CodeActionKind.SourceFixAll } as never);
    expect(action!.kind!.value).toBe(FIX_ALL_KIND.value);
    const edits = (action!.edit as unknown as InstanceType<typeof vscode.WorkspaceEdit>).edits;
    expect(edits).toHaveLength(1);
    const e = edits[0]!;
    const start = doc.offsetAt(e.range.start as never);
    const end = doc.offsetAt(e.range.end as never);
    expect(text.slice(0, start) + e.text + text.slice(end)).toBe(fixAll(text, { rulebook }).output);
    expect(fixAll(text, { rulebook }).output).toContain("We leverage data."); // the unsafe rewrite is left alone
  });

  it("offers no fix-all when nothing is safely fixable", () => {
    const { doc, provider } = setup("We leverage data.\n");
    expect(provider.provideCodeActions(doc as never, undefined as never, { diagnostics: [], only: FIX_ALL_KIND } as never)).toEqual([]);
  });
});

describe("rewrites with placeholders", () => {
  const asks = rule({
    id: "test-asks-for-grounds",
    kind: "substitution",
    category: "evasive",
    swap: [{ pattern: "at our discretion", replace: "[for which reasons] (see } and $$)" }],
  });
  const book = { version: 1 as const, rules: [asks] };

  it("become snippets whose placeholders are tab stops, with snippet syntax escaped", () => {
    const text = "We decide at our discretion.\n";
    const [spec] = actionSpecs(only(text, { rulebook: book }), text, true);
    expect(spec!.snippet).toEqual({ range: { start: 10, end: 27 }, text: "${1:[for which reasons]} (see \\} and \\$)" });
    expect(spec!.preferred).toBe(false);
  });

  it("are inserted through the snippet command, not a plain edit", () => {
    const text = "We decide at our discretion.\n";
    const document = textDocument(text);
    const linter = { fresh: () => ({ result: lint(text, { rulebook: book }), options: { rulebook: book } }) };
    const provider = new OutsideInCodeActions(linter as never);
    const [diagnostic] = toDiagnostics(document as never, lint(text, { rulebook: book }).findings, "https://outside-in.dev");
    const [action] = provider.provideCodeActions(document as never, diagnostic!.range, { diagnostics: [diagnostic!], only: undefined, triggerKind: 1 } as never);
    expect(action!.edit).toBeUndefined();
    expect(action!.command).toMatchObject({ command: "outsideIn.insertRewrite", arguments: [document.uri, expect.anything(), "${1:[for which reasons]} (see \\} and \\$)"] });
  });
});
