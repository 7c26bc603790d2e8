// Findings become diagnostics with exact ranges, faithful severities and a link to the rule page.
import { describe, expect, it, vi } from "vitest";
import { lint } from "../../../src/core/index.ts";
import { rulebook, textDocument } from "./helpers.ts";

vi.mock("vscode", () => import("./fake-vscode.ts"));
const { toDiagnostics, toSeverity, SOURCE } = await import("../../src/diagnostics.ts");
const { DiagnosticSeverity } = await import("./fake-vscode.ts");

describe("diagnostics", () => {
  it("maps each severity to its VS Code severity", () => {
    expect(toSeverity("error")).toBe(DiagnosticSeverity.Error);
    expect(toSeverity("warning")).toBe(DiagnosticSeverity.Warning);
    expect(toSeverity("info")).toBe(DiagnosticSeverity.Information);
  });

  it("covers exactly the flagged words, also after emoji and CRLF line breaks", () => {
    const text = "# Policy 😀\r\n\r\nThe plan 😀 ends at our sole discretion.\r\n";
    const doc = textDocument(text);
    const [d] = toDiagnostics(doc, lint(text, { rulebook }).findings, "");
    expect(d!.range.start).toEqual({ line: 2, character: 17 });
    expect(d!.range.end).toEqual({ line: 2, character: 39 });
    expect(doc.getText(d!.range)).toBe("at our sole discretion");
  });

  it("carries the rule id with a link to the rule's page, the source and the message", () => {
    const text = "Users must sign in.\n";
    const [d] = toDiagnostics(textDocument(text), lint(text, { rulebook, rules: { "test-users-must": "info" } }).findings, "https://playbook.example/");
    expect(d!.source).toBe(SOURCE);
    expect(d!.severity).toBe(DiagnosticSeverity.Information);
    expect(d!.message).toBe("Flagged Users must.");
    const code = d!.code as { value: string; target: { toString(): string } };
    expect(code.value).toBe("test-users-must");
    expect(code.target.toString()).toBe("https://playbook.example/rules/test-users-must/");
  });

  it("links to the default site when no base URL is set", () => {
    const text = "Users must sign in.\n";
    const [d] = toDiagnostics(textDocument(text), lint(text, { rulebook }).findings, "");
    expect((d!.code as { target: { toString(): string } }).target.toString()).toBe("https://outside-in.dev/rules/test-users-must/");
  });
});
