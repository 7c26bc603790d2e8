// End to end in a real VS Code (code-server + Chromium) with the packaged .vsix installed:
// diagnostics, Problems panel, hover, quick fix, save; the project config and its rule folder;
// fix-all on save; the score report; huge files; Lint workspace; a broken config.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { tmpdir } from "node:os";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { builtinRulebook } from "../../../src/core/index.ts";
import { CodeServer, missingPrerequisite, root, skipE2e } from "./code-server.ts";

const VSIX = join(root, "extension/dist/outside-in.vsix");
const missing = missingPrerequisite(VSIX);

const POLICY = "# Account policy\n\nWe may suspend accounts at our sole discretion.\n\nWe will process refunds within a reasonable time.\n\nYou can close your account at any time.\n";
// The refund sentence's rewrite asks for the time as a placeholder, which the quick fix leaves selected.
const TIME = "5 working days";
const FIXED = `We will process refunds within ${TIME}.`;
// The workspace config turns off every built-in rule but the two the test looks for, so the test
// does not change meaning as the rulebook grows.
const KEPT = ["sole-discretion", "users-must", "vague-timeframe"];
const ROOT_CONFIG = `rules:\n${builtinRulebook().rules.filter((r) => !KEPT.includes(r.id)).map((r) => `  ${r.id}: off\n`).join("")}`;
// team/ has its own config: one built-in rule off, plus a rule folder with a safely fixable rule.
const TEAM_CONFIG = "rules:\n  sole-discretion: off\nruleFolders:\n  - rules\n";
const TEAM_RULE = `---
id: valued-customers
title: Talk to the customer, not about them
category: we-centric
severity: warning
kind: substitution
principle: see-it-as-customers-do
appliesTo: [any]
message: '"{match}" talks about customers; talk to them.'
swap:
  - pattern: our valued customers
    replace: you
    safe: true
---

## Why it matters

The reader is the customer.
`;
const NOTES = "# Notes\n\nThanks to our valued customers for waiting.\n\nRefunds are paid at our sole discretion.\n";

let server: CodeServer;
let page: Page;
const consoleLines: string[] = [];
const ws = (...parts: string[]) => join(server.workspace, ...parts);

async function openFile(name: string, text: string) {
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.fill(name);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: name.split("/").pop()! }).first().waitFor();
  await page.keyboard.press("Enter");
  const editor = page.locator(".editor-instance .monaco-editor").first();
  await editor.locator(".view-lines").filter({ hasText: text }).waitFor();
  return editor;
}

async function runCommand(title: string) {
  await page.keyboard.press("Control+Shift+P");
  const input = page.locator(".quick-input-widget input");
  await input.fill(`>${title}`);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: title }).first().waitFor();
  await page.keyboard.press("Enter");
}

describe.skipIf(skipE2e)("VS Code extension in code-server", () => {
  beforeAll(async () => {
    if (missing) throw new Error(`cannot run the e2e test: ${missing}`);
    server = new CodeServer({
      "editor.codeActionsOnSave": { "source.fixAll.outsideIn": "explicit" },
      "outsideIn.maxFileSize": 5000,
    });
    writeFileSync(ws(".outside-in.yaml"), ROOT_CONFIG);
    writeFileSync(ws("policy.md"), POLICY);
    mkdirSync(ws("team", "rules"), { recursive: true });
    writeFileSync(ws("team", ".outside-in.yaml"), TEAM_CONFIG);
    writeFileSync(ws("team", "rules", "valued-customers.md"), TEAM_RULE);
    writeFileSync(ws("team", "notes.md"), NOTES);
    writeFileSync(ws("huge.md"), "# Huge\n\n" + "Refunds are paid at our sole discretion.\n\n".repeat(150));
    mkdirSync(ws("docs"));
    writeFileSync(ws("docs", "unopened.md"), "# Terms\n\nCustomers must keep their password secret.\n");
    // Ignored like the CLI ignores it: never linted.
    writeFileSync(ws(".outside-inignore"), "drafts/\n");
    mkdirSync(ws("drafts"));
    writeFileSync(ws("drafts", "draft.md"), "# Draft\n\nUsers must not see this.\n");
    const installed = server.install(VSIX);
    expect(installed).toMatch(/successfully installed/i);
    expect(readdirSync(server.extensions).some((d) => d.startsWith("outside-in.outside-in-vscode-"))).toBe(true);
    await server.start();
    page = await server.open();
    page.on("console", (m) => consoleLines.push(m.text()));
  });

  // A failing step leaves a screenshot behind for the report.
  afterEach(async (context) => {
    if (context.task.result?.state === "fail") {
      const file = join(tmpdir(), `outside-in-e2e-${context.task.name.replace(/\W+/g, "-")}.png`);
      await page?.screenshot({ path: file }).catch(() => {});
      console.error(`screenshot: ${file}`);
    }
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("flags a company-perspective sentence, explains it, and fixes it with Ctrl+.", async () => {
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "policy.md" }).click();
    const editor = page.locator(".editor-instance .monaco-editor").first();
    await editor.locator(".view-lines").filter({ hasText: "sole discretion" }).waitFor();

    // An error squiggle (sole-discretion is an error) ...
    const squiggle = editor.locator(".squiggly-error").first();
    await squiggle.waitFor();

    // ... a Problems panel row with the rule id, source and message ...
    await editor.locator(".view-lines").click();
    await page.keyboard.press("Control+Shift+M");
    const problem = page.locator(".markers-panel .monaco-list-row", { hasText: "no say" }).first();
    await problem.waitFor();
    const problemText = (await problem.innerText()).replace(/\s+/g, " ");
    expect(problemText).toContain("sole-discretion");
    expect(problemText).toContain("Outside-In");

    // ... and the score in the status bar.
    await page.locator('[aria-label^="Outside-In perspective score"]').first().waitFor();

    // Hover: why the rule matters and an example.
    const box = (await squiggle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator(".monaco-hover", { hasText: "Why it matters" }).first();
    await hover.waitFor();
    expect((await hover.innerText()).replace(/\s+/g, " ")).toContain("Don't:");
    // Move off the squiggle so the hover closes and stays closed.
    await page.mouse.move(0, 0);
    await page.keyboard.press("Escape");
    await hover.waitFor({ state: "hidden" });

    // Quick fix on the refund sentence (an info squiggle): caret on it, Ctrl+.; the rewrite comes
    // first, then the disable actions.
    const vague = editor.locator(".squiggly-info").first();
    await vague.waitFor();
    const vagueBox = (await vague.boundingBox())!;
    await page.mouse.click(vagueBox.x + vagueBox.width / 2, vagueBox.y + vagueBox.height / 2);
    await page.keyboard.press("Control+.");
    const menu = page.locator(".action-widget");
    await menu.locator(".monaco-list-row", { hasText: "Disable vague-timeframe for this line" }).waitFor();
    const rows = await menu.locator(".monaco-list-row").allInnerTexts();
    expect(rows.findIndex((r) => r.includes("[how long]"))).toBeLessThan(rows.findIndex((r) => r.includes("Disable")));
    await menu.locator(".monaco-list-row", { hasText: 'Replace with "within [how long]"' }).click();
    await editor.locator(".view-lines").filter({ hasText: "[how long]" }).waitFor();
    // The placeholder is a tab stop, selected: typing replaces it with the fact.
    await page.keyboard.type(TIME);
    await editor.locator(".view-lines").filter({ hasText: FIXED }).waitFor();

    // Save: the rewrite is on disk and its squiggle is gone; the discretion clause, which no
    // rewrite can settle, is still flagged.
    await page.keyboard.press("Control+S");
    await editor.locator(".squiggly-info").waitFor({ state: "detached" });
    await expect.poll(() => readFileSync(ws("policy.md"), "utf8"), { timeout: 20_000 })
      .toBe(POLICY.replace("within a reasonable time", `within ${TIME}`));
    expect(await editor.locator(".squiggly-error").count()).toBeGreaterThan(0);

    // The extension host activated us, and our own timing line reached the page console.
    expect(server.extensionHostLog()).toContain("_doActivateExtension outside-in.outside-in-vscode");
    expect(consoleLines.some((l) => l.includes("[outside-in] activated"))).toBe(true);
  });

  it("honours the folder's project config and its rule folder, and fixes all on save", async () => {
    const editor = await openFile("team/notes.md", "valued customers");
    await editor.locator(".squiggly-warning").first().waitFor(); // valued-customers, from team/rules
    expect(await editor.locator(".squiggly-error").count()).toBe(0); // sole-discretion is off here
    await editor.locator(".view-lines").click();
    await page.keyboard.press("Control+S");
    await editor.locator(".view-lines").filter({ hasText: "Thanks to you for waiting." }).waitFor();
    await expect.poll(() => readFileSync(ws("team", "notes.md"), "utf8"), { timeout: 20_000 })
      .toBe(NOTES.replace("our valued customers", "you"));
  });

  it("opens the perspective report from the status bar", async () => {
    await openFile("team/notes.md", "Refunds are paid");
    await page.locator('[aria-label^="Outside-In perspective score"]').first().click();
    await page.locator(".editor-instance .view-lines", { hasText: "Outside-In report: team/notes.md" }).waitFor();
    await page.locator(".editor-instance .view-lines", { hasText: "Perspective score" }).first().waitFor();
  });

  it("skips a file over the size limit and says so in the status bar", async () => {
    const editor = await openFile("huge.md", "sole discretion");
    await page.locator('[aria-label="Outside-In skipped this file: too large"]').first().waitFor();
    expect(await editor.locator(".squiggly-error").count()).toBe(0);
  });

  it("lints the whole workspace into the Problems panel, skipping ignored files", async () => {
    await runCommand("Outside-In: Lint workspace");
    await page.locator(".statusbar-item", { hasText: "Outside-In: Linted" }).first().waitFor();
    await page.keyboard.press("Control+Shift+M");
    await page.locator(".markers-panel .monaco-list-row", { hasText: "unopened.md" }).first().waitFor();
    await page.locator(".markers-panel .monaco-list-row", { hasText: "users-must" }).first().waitFor();
    expect(await page.locator(".markers-panel .monaco-list-row", { hasText: "draft.md" }).count()).toBe(0);
  });

  it("shows one notification for a broken config, with a button that opens it", async () => {
    await openFile("team/notes.md", "Refunds are paid");
    writeFileSync(ws("team", ".outside-in.yaml"), "rules:\n  sole-discretion: sometimes\n");
    const toast = page.locator(".notification-toast", { hasText: "is invalid" });
    await toast.first().waitFor();
    expect(await toast.first().innerText()).toContain("rules.sole-discretion");
    // Typing re-lints the document; the notification is not repeated.
    await page.keyboard.press("End");
    await page.keyboard.type(" More.");
    await page.locator(".editor-instance .view-lines", { hasText: "More." }).first().waitFor();
    expect(await page.locator(".notification-toast", { hasText: "is invalid" }).count()).toBe(1);
    await toast.locator(".monaco-button", { hasText: "Open config" }).click();
    await page.locator(".tab.active", { hasText: ".outside-in.yaml" }).waitFor();
  });
});

// The same .vsix in the browser's web worker extension host (as on vscode.dev): the `browser`
// entry, with no Node APIs, flags the sentence too.
describe.skipIf(skipE2e)("VS Code extension in the web worker extension host", () => {
  let web: CodeServer;
  let webPage: Page;
  const lines: string[] = [];

  beforeAll(async () => {
    if (missing) throw new Error(`cannot run the e2e test: ${missing}`);
    web = new CodeServer({ "remote.extensionKind": { "outside-in.outside-in-vscode": ["web"] } });
    writeFileSync(join(web.workspace, "policy.md"), POLICY);
    web.install(VSIX);
    await web.start();
    webPage = await web.open();
    webPage.on("console", (m) => lines.push(m.text()));
  });

  afterAll(async () => {
    await web?.stop();
  });

  it("runs the web bundle and shows the diagnostic", async () => {
    await webPage.locator(".explorer-folders-view .monaco-list-row", { hasText: "policy.md" }).click();
    const editor = webPage.locator(".editor-instance .monaco-editor").first();
    await editor.locator(".view-lines").filter({ hasText: "sole discretion" }).waitFor();
    await editor.locator(".squiggly-error").first().waitFor();
    await editor.locator(".view-lines").click();
    await webPage.keyboard.press("Control+Shift+M");
    await webPage.locator(".markers-panel .monaco-list-row", { hasText: "sole-discretion" }).first().waitFor();
    expect(lines.some((l) => l.includes("[outside-in] activated"))).toBe(true);
    // Not in the Node extension host on the server.
    expect(web.extensionHostLog()).not.toContain("_doActivateExtension outside-in.outside-in-vscode");
  });
});
