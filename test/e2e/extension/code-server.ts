// Runs code-server (VS Code's web build + server, installed by scripts/pretest/20-code-server.mjs)
// with fresh user data, extensions and workspace folders, and a headless Debian Chromium on it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
// @ts-expect-error: plain JavaScript module shared with the pretest step
import { codeServerPaths } from "../../../scripts/pretest/20-code-server.mjs";

export const root = join(import.meta.dirname, "../../..");
const paths = codeServerPaths(root) as { entry: string; node24BinDir: string };
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

/** Only an explicit OUTSIDE_IN_SKIP_E2E=1 skips the e2e tests; a missing prerequisite fails them. */
export const skipE2e = process.env.OUTSIDE_IN_SKIP_E2E === "1";

/** What the e2e test needs but cannot find, or undefined when everything is there. */
export function missingPrerequisite(vsix: string): string | undefined {
  if (!existsSync(paths.entry)) return `code-server not installed at ${paths.entry} (run npm test: its pretest step installs it)`;
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`;
  if (!existsSync(vsix)) return `no ${vsix} (npm run package:extension)`;
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export class CodeServer {
  readonly dir = mkdtempSync(join(tmpdir(), "outside-in-e2e-"));
  readonly data = join(this.dir, "data");
  readonly extensions = join(this.dir, "ext");
  readonly workspace = join(this.dir, "ws");
  private readonly profile = join(this.dir, "browser");
  private process?: ChildProcess;
  private output = "";
  browser?: BrowserContext;
  base = "";

  constructor(settings: Record<string, unknown> = {}) {
    for (const d of [this.data, this.extensions, this.workspace, this.profile, join(this.data, "User")]) mkdirSync(d, { recursive: true });
    writeFileSync(join(this.data, "User", "settings.json"), JSON.stringify({
      "chat.disableAIFeatures": true,
      "workbench.startupEditor": "none",
      "telemetry.telemetryLevel": "off",
      "extensions.autoCheckUpdates": false,
      "extensions.autoUpdate": false,
      "update.mode": "none",
      "workbench.secondarySideBar.defaultVisibility": "hidden",
      "workbench.tips.enabled": false,
      ...settings,
    }, null, 2));
  }

  private get env() {
    return { ...process.env, PATH: `${paths.node24BinDir}:${process.env.PATH}` };
  }

  private get common() {
    return [paths.entry, "--user-data-dir", this.data, "--extensions-dir", this.extensions, "--config", join(this.dir, "config.yaml")];
  }

  install(vsix: string): string {
    const run = spawnSync(join(paths.node24BinDir, "node"), [...this.common, "--install-extension", vsix], { env: this.env, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`--install-extension failed:\n${run.stdout}\n${run.stderr}`);
    return run.stdout.trim().split("\n").pop() ?? "";
  }

  async start(): Promise<void> {
    const port = await freePort();
    // Its own process group, so the extension host and watchers it forks end with it.
    this.process = spawn(join(paths.node24BinDir, "node"), [
      ...this.common, "--bind-addr", `127.0.0.1:${port}`, "--auth", "none", "--disable-telemetry",
      "--disable-update-check", "--disable-workspace-trust", "--disable-getting-started-override", this.workspace,
    ], { env: this.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    this.process.stdout!.on("data", (d) => (this.output += d));
    this.process.stderr!.on("data", (d) => (this.output += d));
    const exited = new Promise<never>((_, reject) => this.process!.once("exit", (code) => reject(new Error(`code-server exited (${code}):\n${this.output}`))));
    // code-server prints this line once it listens.
    const listening = new Promise<void>((resolve) => {
      const check = () => { if (this.output.includes("HTTP server listening")) resolve(); };
      this.process!.stdout!.on("data", check);
      this.process!.stderr!.on("data", check);
    });
    exited.catch(() => {}); // after a successful start, exiting is what stop() asks for
    await Promise.race([listening, exited]);
    this.base = `http://127.0.0.1:${port}`;
    const health = await fetch(`${this.base}/healthz`);
    if (!health.ok) throw new Error(`code-server /healthz: ${health.status}`);
  }

  async open(): Promise<Page> {
    this.browser = await chromium.launchPersistentContext(this.profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const page = this.browser.pages()[0] ?? (await this.browser.newPage());
    page.setDefaultTimeout(Number(process.env.E2E_STEP_TIMEOUT ?? 60_000));
    await page.goto(`${this.base}/?folder=${encodeURIComponent(this.workspace)}`);
    await page.locator(".monaco-workbench").waitFor();
    return page;
  }

  /** The remote extension host's log (records activation). */
  extensionHostLog(): string {
    const logs = join(this.data, "logs");
    if (!existsSync(logs)) return "";
    return readdirSync(logs).map((d) => join(logs, d, "exthost1", "remoteexthost.log")).filter(existsSync)
      .map((f) => readFileSync(f, "utf8")).join("");
  }

  get log(): string {
    return this.output;
  }

  async stop(): Promise<void> {
    await this.browser?.close().catch(() => {});
    const child = this.process;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {}
      await exited;
    }
    if (!process.env.KEEP_E2E) rmSync(this.dir, { recursive: true, force: true });
  }
}
