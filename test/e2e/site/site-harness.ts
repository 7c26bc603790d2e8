// Shared by the site's end-to-end tests: serve site/dist with scripts/serve-site.mjs on a free
// port, drive Debian's Chromium with playwright-core, and run axe.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { chromium, type Browser as PlaywrightBrowser, type BrowserContext, type Page } from "playwright-core";
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

export interface BrowserOptions {
  javaScriptEnabled?: boolean;
  permissions?: string[];
  /** 1280x900 unless given; 390x844 is the phone size the narrow-screen checks use. */
  viewport?: { width: number; height: number };
}

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const DESKTOP = { width: 1280, height: 900 };

/** A fresh Chromium profile on disk (so nothing carries over from another test, not even the cache). */
export async function launchBrowser(options: BrowserOptions = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "outside-in-site-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? DESKTOP,
    args: ARGS,
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

/** A served site and, for the current test, a browser context of its own. */
export interface SiteSession {
  server: SiteServer;
  /** Replaced before each test by a new context (empty storage, no cookies) and page. */
  browser: Browser;
}

/**
 * Serves the site and starts one Chromium for the suite; every test gets a new context, so no test
 * depends on the ticks, text or clock another test left behind.
 */
export function useSite(options: BrowserOptions = {}): SiteSession {
  const session = {} as SiteSession;
  let chromiumProcess: PlaywrightBrowser | undefined;
  beforeAll(async () => {
    session.server = await startServer();
    chromiumProcess = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  });
  beforeEach(async () => {
    const context = await chromiumProcess!.newContext({
      javaScriptEnabled: options.javaScriptEnabled ?? true,
      viewport: options.viewport ?? DESKTOP,
      permissions: options.permissions,
    });
    const page = await context.newPage();
    session.browser = { context, page, close: () => context.close() };
  });
  afterEach(async () => {
    await session.browser?.close();
  });
  afterAll(async () => {
    await chromiumProcess?.close();
    await session.server?.stop();
  });
  return session;
}
