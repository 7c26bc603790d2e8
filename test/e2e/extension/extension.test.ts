// End to end in a real VS Code (code-server + Chromium): install the packaged .vsix, open a policy
// document, see our diagnostic in the Problems panel and the hover, apply the quick fix with
// Ctrl+., save, and check the file on disk.
import { afterAll, beforeAll, expect, it } from "vitest";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { CodeServer, missingPrerequisite, root } from "./code-server.ts";

const VSIX = join(root, "extension/dist/outside-in.vsix");
const missing = missingPrerequisite(VSIX);
const POLICY = "# Account policy\n\nWe may suspend accounts at our sole discretion.\n\nYou can close your account at any time.\n";
const FIXED = "We may suspend accounts based on the criteria in this policy.";

let server: CodeServer;
let page: Page;
let policyFile: string;
const consoleLines: string[] = [];

beforeAll(async () => {
  if (missing) return;
  server = new CodeServer();
  policyFile = join(server.workspace, "policy.md");
  writeFileSync(policyFile, POLICY);
  const installed = server.install(VSIX);
  expect(installed).toMatch(/successfully installed/i);
  expect(readdirSync(server.extensions).some((d) => d.startsWith("outside-in.outside-in-vscode-"))).toBe(true);
  await server.start();
  page = await server.open();
  page.on("console", (m) => consoleLines.push(m.text()));
});

afterAll(async () => {
  await server?.stop();
});

it.skipIf(!!missing)("flags, explains and fixes a company-perspective sentence in a real VS Code", async () => {
  // Open the policy from the Explorer.
  await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "policy.md" }).click();
  const editor = page.locator(".editor-instance .monaco-editor").first();
  await editor.locator(".view-lines").filter({ hasText: "sole discretion" }).waitFor();

  // The diagnostic: an error squiggle (sole-discretion is an error) ...
  const squiggle = editor.locator(".squiggly-error").first();
  await squiggle.waitFor();

  // ... a row in the Problems panel with the rule id and message ...
  await editor.locator(".view-lines").click();
  await page.keyboard.press("Control+Shift+M");
  const problem = page.locator(".markers-panel .monaco-list-row", { hasText: "no say" }).first();
  await problem.waitFor();
  const problemText = (await problem.innerText()).replace(/\s+/g, " ");
  expect(problemText).toContain("sole-discretion");
  expect(problemText).toContain("Outside-In");

  // ... and the status bar shows the perspective score.
  await page.locator('[aria-label^="Outside-In perspective score"]').first().waitFor();

  // Hover: why the rule matters and an example.
  const box = (await squiggle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = page.locator(".monaco-hover", { hasText: "Why it matters" }).first();
  await hover.waitFor();
  const hoverText = (await hover.innerText()).replace(/\s+/g, " ");
  expect(hoverText).toContain("Don't:");
  await page.keyboard.press("Escape");

  // Quick fix: caret on the finding, Ctrl+., pick the rewrite.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.press("Control+.");
  const menu = page.locator(".action-widget");
  await menu.locator(".monaco-list-row", { hasText: "Disable sole-discretion for this line" }).waitFor();
  await menu.locator(".monaco-list-row", { hasText: 'Replace with "based on the criteria in this policy"' }).click();
  await editor.locator(".view-lines").filter({ hasText: FIXED }).waitFor();

  // Save; the file on disk has the rewrite and the squiggle is gone.
  await page.keyboard.press("Control+S");
  await editor.locator(".squiggly-error").waitFor({ state: "detached" });
  await page.locator(".tab.active:not(.dirty)").first().waitFor();
  expect(readFileSync(policyFile, "utf8")).toBe(POLICY.replace("at our sole discretion", "based on the criteria in this policy"));

  // Activation is recorded by the extension host, and our own timing reaches the page console.
  expect(server.extensionHostLog()).toContain("outside-in.outside-in-vscode");
  expect(consoleLines.some((l) => l.includes("[outside-in] activated"))).toBe(true);
});
