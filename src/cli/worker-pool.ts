// Lints on worker threads so large trees use every core. Each worker loads the CLI bundle once and
// gets the extra rules once; tasks then carry only text and options.
import { Worker } from "node:worker_threads";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Rule } from "../core/index.ts";
import type { LintOutcome, LintTask } from "./lint-task.ts";

export const WORKER_ROLE = "outside-in-lint-worker";

/** The bundle runs as the worker; from sources (tests), fall back to the built bundle. */
function workerScript(): URL {
  const self = new URL(import.meta.url);
  if (self.pathname.endsWith(".mjs") || self.pathname.endsWith(".js")) return self;
  const bundle = new URL("../../dist/cli.mjs", import.meta.url);
  if (!existsSync(fileURLToPath(bundle))) throw new Error("dist/cli.mjs is missing; run `npm run build:core`");
  return bundle;
}

interface Pending {
  resolve: (outcome: LintOutcome) => void;
  reject: (error: Error) => void;
}

export class LintWorkerPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: Array<{ task: LintTask; pending: Pending }> = [];
  private readonly inFlight = new Map<Worker, Pending>();

  private readonly script: URL;
  private readonly extraRules: Record<string, Rule[]>;

  constructor(size: number, extraRules: Record<string, Rule[]>) {
    this.script = workerScript();
    this.extraRules = extraRules;
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    const worker = new Worker(this.script, { workerData: { role: WORKER_ROLE, extraRules: this.extraRules } });
    worker.on("message", (message: { outcome?: LintOutcome; error?: string }) => {
      const pending = this.inFlight.get(worker)!;
      this.inFlight.delete(worker);
      if (message.error !== undefined) pending.reject(new Error(message.error));
      else pending.resolve(message.outcome!);
      this.next(worker);
    });
    // A crashed worker (say, out of memory on one file) fails that file only: a fresh one takes over.
    worker.on("error", (error) => {
      this.inFlight.get(worker)?.reject(error);
      this.inFlight.delete(worker);
      this.workers.splice(this.workers.indexOf(worker), 1);
      if (!this.closed) this.next(this.spawn());
    });
    this.workers.push(worker);
    return worker;
  }

  private next(worker: Worker): void {
    const job = this.waiting.shift();
    if (!job) {
      this.idle.push(worker);
      return;
    }
    this.inFlight.set(worker, job.pending);
    worker.postMessage(job.task);
  }

  run(task: LintTask): Promise<LintOutcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ task, pending: { resolve, reject } });
      const worker = this.idle.pop();
      if (worker) this.next(worker);
    });
  }

  private closed = false;

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
