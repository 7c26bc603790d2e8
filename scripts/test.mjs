// `npm test`: prepares what the end-to-end tests need (each step in scripts/pretest/, in name
// order: system browser, code-server, site build, extension package), then runs vitest.
import { readdirSync } from "node:fs";
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
for (const project of ["unit", "e2e"]) {
  const run = spawnSync("npx", ["vitest", "run", "--project", project, "--passWithNoTests", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
