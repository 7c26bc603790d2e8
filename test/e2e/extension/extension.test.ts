// End to end in a real VS Code (code-server + Chromium) with the packaged .vsix installed, in a git
// workspace whose files were edited after the commit (so VS Code opens their `git:` copies):
// diagnostics, Problems panel, hover, quick fix, save; typing; the project config and its rule
// folder; fix-all on save; the read-only report; rule links; editing a rule file; huge files;
// Lint workspace and deleting a file; a broken config.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { tmpdir } from "node:os";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { builtinRulebook } from "../../../src/core/index.ts";
import { CodeServer, missingPrerequisite, root, skipE2e } from "./code-server.ts";

// OUTSIDE_IN_VSIX runs the same checks against another build (say, main's, to see them fail).
const VSIX = process.env.OUTSIDE_IN_VSIX ?? join(root, "extension/dist/outside-in.vsix");
const missing = missingPrerequisite(VSIX);

// Committed without its last line, which is added afterwards: VS Code then diffs against the
// committed copy (a `git:` document) in the gutter.
const POLICY_COMMITTED = "# Account policy\n\nWe may suspend accounts at our sole discretion.\n\nWe will process refunds within a reasonable time.\n";
const POLICY = `${POLICY_COMMITTED}\nYou can close your account at any time.\n`;
// The committed copy holds a finding already, so a linted copy would show it twice.
const FAQ_COMMITTED = "# FAQ\n\nWe reply within a reasonable time.\n";
const FAQ = `${FAQ_COMMITTED}\nYou can ask us anything.\n`;
// The refund sentence's rewrite asks for the time as a placeholder, which the quick fix leaves selected.
const TIME = "5 working days";
const FIXED = `We will process refunds within ${TIME}.`;
// The workspace config turns off every built-in rule but the two the test looks for, so the test
// does not change meaning as the rulebook grows.
const KEPT = ["sole-discretion", "users-must", "vague-timeframe"];
const ROOT_CONFIG = `rules:\n${builtinRulebook().rules.filter((r) => !KEPT.includes(r.id)).map((r) => `  ${r.id}: off\n`).join("")}`;
// team/ has its own config: one built-in rule off, plus a rule folder with a safely fixable rule.
const TEAM_CONFIG = "rules:\n  sole-discretion: off\nruleFolders:\n  - rules\n";
const teamRule = (pattern: string, message: string) => `---
id: valued-customers
title: Talk to the customer, not about them
category: we-centric
severity: warning
kind: substitution
principle: see-it-as-customers-do
appliesTo: [any]
message: '${message}'
swap:
  - pattern: ${pattern}
    replace: you
    safe: true
---

## Why it matters

The reader is the customer. Customers must never feel talked about.
`;
// The rule's body has a sentence the built-in rules flag: a rule file is data, never linted.
const TEAM_RULE = teamRule("our valued customers", '"{match}" talks about customers; talk to them.');
const NOTES = "# Notes\n\nThanks to our valued customers for waiting.\n\nRefunds are paid at our sole discretion.\n";

let server: CodeServer;
let page: Page;
const consoleLines: string[] = [];
const ws = (...parts: string[]) => join(server.workspace, ...parts);

async function openFile(name: string, text: string) {
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.fill(name);
  // Enter opens the focused row: wait until the filter has put the file there.
  await page.locator(".quick-input-list .monaco-list-row.focused", { hasText: name.split("/").pop()! }).first().waitFor();
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

/** Resolves once the page console (which the extension host's console reaches) logs a line containing every one of `parts`. */
async function consoleLine(...parts: string[]): Promise<string> {
  const matches = (line: string) => parts.every((p) => line.includes(p));
  const seen = consoleLines.find(matches);
  if (seen) return seen;
  const message = await page.waitForEvent("console", { predicate: (m) => matches(m.text()) });
  return message.text();
}

function git(...args: string[]) {
  const run = spawnSync("git", ["-c", "user.name=e2e", "-c", "user.email=e2e@example.invalid", ...args], { cwd: server.workspace, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`git ${args.join(" ")}: ${run.stderr}`);
}

const problemRows = (text: string | RegExp) => page.locator(".markers-panel .monaco-list-row", { hasText: text });

async function showProblems() {
  await page.keyboard.press("Control+Shift+M");
  await page.locator(".markers-panel").waitFor();
}

describe.skipIf(skipE2e)("VS Code extension in code-server", () => {
  beforeAll(async () => {
    if (missing) throw new Error(`cannot run the e2e test: ${missing}`);
    server = new CodeServer({
      "editor.codeActionsOnSave": { "source.fixAll.outsideIn": "explicit" },
      "outsideIn.maxFileSize": 5000,
      // VS Code's web build saves after a delay by default; the typing check needs an unsaved buffer.
      "files.autoSave": "off",
    });
    writeFileSync(ws(".outside-in.yaml"), ROOT_CONFIG);
    writeFileSync(ws("policy.md"), POLICY_COMMITTED);
    writeFileSync(ws("faq.md"), FAQ_COMMITTED);
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
    // A git repository with the files committed, then two of them edited.
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "initial");
    writeFileSync(ws("policy.md"), POLICY);
    writeFileSync(ws("faq.md"), FAQ);
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

  it("lints the edited file, not its git: copy, and flags new text as it is typed, before any save", async () => {
    const editor = await openFile("faq.md", "ask us anything");
    // VS Code opened the committed copy for the gutter's change markers; the extension passed on it.
    expect(await consoleLine("not linting git:", "faq.md")).toMatch(/copy or a view/);
    await showProblems();
    // faq.md's own finding (line 3); a linted copy would list the same one a second time.
    const faqVague = problemRows(/vague-timeframe.*Ln 3, Col 10/);
    await faqVague.first().waitFor();
    expect(await faqVague.count()).toBe(1);
    await editor.locator(".view-lines").click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\nCustomers must register first.");
    await problemRows("users-must").first().waitFor();
    // Still unsaved: the finding came from the buffer, not from the file on disk.
    await page.locator(".tab.active.dirty", { hasText: "faq.md" }).waitFor();
    expect(readFileSync(ws("faq.md"), "utf8")).toBe(FAQ);
    expect(await faqVague.count()).toBe(1);
  });

  it("links a project rule's hover to its rule file, which opens", async () => {
    const editor = await openFile("team/notes.md", "valued customers");
    const squiggle = editor.locator(".squiggly-warning").first();
    await squiggle.waitFor();
    const box = (await squiggle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const link = page.locator(".monaco-hover a", { hasText: "valued-customers" }).first();
    await link.waitFor();
    const href = (await link.getAttribute("data-href")) ?? (await link.getAttribute("href"));
    // A file link (the browser shows it as the remote file it is), not a site page that does not exist.
    expect(href).toMatch(/^(file|vscode-remote):\/\/.*\/team\/rules\/valued-customers\.md$/);
    await link.click();
    const ruleTab = page.locator(".tab.active", { hasText: "valued-customers.md" });
    await ruleTab.waitFor();
    // Close the rule file again, so the next steps start from the document editors.
    await page.mouse.move(0, 0);
    await page.locator(".editor-instance .view-lines").first().click();
    await page.keyboard.press("Control+W");
    await ruleTab.waitFor({ state: "detached" });
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

  it("opens a read-only report from the status bar that is never linted, with line links", async () => {
    // From the Explorer: one row is policy.md, so the click cannot pick another file.
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "policy.md" }).click();
    await page.locator(".editor-instance .monaco-editor").first().locator(".view-lines").filter({ hasText: "suspend accounts" }).waitFor();
    const score = page.locator('[aria-label^="Outside-In perspective score"]').first();
    await score.waitFor();
    await score.click();
    // A webview, not a text document: nothing to lint, nothing to save.
    const view = page.frameLocator("iframe.webview.ready").frameLocator("#active-frame");
    await view.locator("h1", { hasText: "Outside-In report: policy.md" }).waitFor();
    const reported = /Perspective score: (\d+)\/100/.exec(await view.locator("text=Perspective score").first().innerText())?.[1];
    expect(reported).toBeDefined();
    expect(await page.locator(".editor-instance .view-lines", { hasText: "Outside-In report" }).count()).toBe(0);
    expect(await page.locator(".tab", { hasText: /Untitled/ }).count()).toBe(0);
    // The status bar still scores policy.md (the report's own figure), not the report.
    await expect.poll(() => score.getAttribute("aria-label"), { timeout: 20_000 }).toBe(`Outside-In perspective score ${reported}`);
    await showProblems();
    expect(await problemRows("Untitled").count()).toBe(0);
    // "Line 3" opens policy.md with the caret on line 3.
    await view.locator("a", { hasText: "Line 3" }).first().click();
    await page.locator(".tab.active", { hasText: "policy.md" }).filter({ hasNotText: "report" }).waitFor();
    await page.locator(".statusbar-item", { hasText: /Ln 3, Col 1/ }).first().waitFor();
    // Closing the report asks nothing: there is no buffer to save.
    const reportTab = page.locator(".tab", { hasText: "Outside-In report" });
    await reportTab.click({ button: "middle" }); // a middle click closes a tab
    await reportTab.waitFor({ state: "detached" });
    expect(await page.locator(".monaco-dialog-box").count()).toBe(0);
  });

  it("re-lints when a rule file changes", async () => {
    await openFile("team/notes.md", "for waiting");
    // Scored, so linted with the rule as it was before the edit below.
    await page.locator('[aria-label^="Outside-In perspective score"]').first().waitFor();
    await showProblems();
    writeFileSync(ws("team", "rules", "valued-customers.md"), teamRule("for waiting", 'Say how long instead of "{match}".'));
    await problemRows("Say how long instead of").first().waitFor();
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
    // The rule definition is data: its own sentences are not findings.
    expect(await problemRows("valued-customers.md").count()).toBe(0);
    // Deleting a closed file clears its problems.
    rmSync(ws("docs", "unopened.md"));
    await problemRows("unopened.md").first().waitFor({ state: "detached" });
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
