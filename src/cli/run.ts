// Entry of the committed bundle (bundle/outside-in.mjs), which the GitHub Action and the pre-commit
// hooks run directly. The same file also serves as the lint worker thread, which must not start a run.
import { main } from "./main.ts";
import { isLintWorker } from "./worker.ts";

if (!isLintWorker()) process.exitCode = await main(process.argv.slice(2));
