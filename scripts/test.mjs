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
const vitest = spawnSync("npx", ["vitest", "run", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(vitest.status ?? 1);
