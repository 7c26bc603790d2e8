// Shared by the site's end-to-end tests: serve site/dist with scripts/serve-site.mjs on a free
// port, drive Debian's Chromium with playwright-core, and run axe.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";

export const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
export const DIST = join(ROOT, "site", "dist");
const CHROMIUM = "/usr/bin/chromium";

/** Only an explicit OUTSIDE_IN_SKIP_E2E=1 skips the site tests; a missing prerequisite fails them. */
export function cannotRun(): string | undefined {
  return process.env.OUTSIDE_IN_SKIP_E2E === "1" ? "OUTSIDE_IN_SKIP_E2E=1" : undefined;
}

/** What the site tests need but cannot find, or undefined when everything is there. */
function missingPrerequisite(): string | undefined {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing (scripts/pretest/10-chromium.mjs installs it)`;
  if (!existsSync(join(DIST, "index.html"))) return "site/dist is missing (run npm run build)";
  return undefined;
}

export interface SiteServer {
  url: string;
  stop: () => Promise<void>;
}

/** Starts the static server on 127.0.0.1 and a free port; resolves once it prints its URL. */
export function startServer(): Promise<SiteServer> {
  const missing = missingPrerequisite();
  if (missing) return Promise.reject(new Error(`cannot run the site tests: ${missing}`));
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, "scripts/serve-site.mjs"), "--port", "0"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      process.kill(child.pid!, "SIGTERM");
    });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1];
      if (url) resolve({ url, stop });
    });
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`static server exited with ${code}: ${output}`)));
  });
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/** A fresh Chromium profile (so no test sees another's localStorage). */
export async function launchBrowser(options: { javaScriptEnabled?: boolean; permissions?: string[] } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "outside-in-site-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 1280, height: 900 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  if (options.permissions) await context.grantPermissions(options.permissions);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** axe violations on the current page, as "rule: target" strings so a failure names the element. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    // Starlight's own search button: its accessible name "Search" does not contain its visible
    // "Ctrl K" hint (label-content-name-mismatch). Not our component; reported upstream.
    .exclude("site-search > button")
    .analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} (${v.help})`));
}

/** A served site and a browser, started before a suite's tests and stopped after them. */
export interface SiteSession {
  server: SiteServer;
  browser: Browser;
}

export function useSite(options: Parameters<typeof launchBrowser>[0] = {}): SiteSession {
  const session = {} as SiteSession;
  beforeAll(async () => {
    session.server = await startServer();
    session.browser = await launchBrowser(options);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}
