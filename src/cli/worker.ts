// The worker thread side of LintWorkerPool: rebuild the rulebooks once, then lint what arrives.
import { parentPort, workerData } from "node:worker_threads";
import { builtinRulebook, extendRulebook, type Rule, type Rulebook } from "../core/index.ts";
import { runLintTask, type LintTask } from "./lint-task.ts";
import { WORKER_ROLE } from "./worker-pool.ts";

export function isLintWorker(): boolean {
  return parentPort !== null && (workerData as { role?: string } | null)?.role === WORKER_ROLE;
}

export function startLintWorker(): void {
  const extraRules = (workerData as { extraRules: Record<string, Rule[]> }).extraRules;
  const books = new Map<string, Rulebook>();
  const rulebookFor = (key: string): Rulebook => {
    let book = books.get(key);
    if (!book) {
      const extra = extraRules[key] ?? [];
      books.set(key, (book = extra.length ? extendRulebook(builtinRulebook(), extra) : builtinRulebook()));
    }
    return book;
  };
  parentPort!.on("message", (task: LintTask) => {
    try {
      parentPort!.postMessage({ outcome: runLintTask(task, rulebookFor) });
    } catch (error) {
      parentPort!.postMessage({ error: (error as Error).stack ?? String(error) });
    }
  });
}
