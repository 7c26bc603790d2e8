// `npm test`: prepares what the end-to-end tests need (each step in scripts/pretest/, in name
// order: core build, typecheck, system browser, pre-commit, code-server, site build, extension
// package), then runs vitest.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { spawnSync } from "node:child_process";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const steps = readdirSync(join(root, "scripts/pretest")).filter((f) => f.endsWith(".mjs")).sort();
for (const step of steps) {
  const started = Date.now();
  console.log(`pretest: ${step}`);
  const { default: run } = await import(pathToFileURL(join(root, "scripts/pretest", step)).href);
  await run({ root });
  console.log(`pretest: ${step} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
// Unit tests first (parallel), then end-to-end tests (one file at a time).
let failed = false;
const totals = { passed: 0, failed: 0, skipped: 0 };
const reportDir = mkdtempSync(join(tmpdir(), "outside-in-test-"));
for (const project of ["unit", "e2e"]) {
  const report = join(reportDir, `${project}.json`);
  const args = ["vitest", "run", "--project", project, "--passWithNoTests", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`];
  const run = spawnSync("npx", [...args, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
  if (run.status !== 0) failed = true;
  try {
    const counts = JSON.parse(readFileSync(report, "utf8"));
    totals.passed += counts.numPassedTests;
    totals.failed += counts.numFailedTests;
    totals.skipped += counts.numPendingTests + (counts.numTodoTests ?? 0);
  } catch {
    failed = true;
    console.error(`no test report from the ${project} project`);
  }
}
rmSync(reportDir, { recursive: true, force: true });
// One plain closing line for whoever reads the log (CI included).
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failed || totals.failed > 0 ? 1 : 0);
