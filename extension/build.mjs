// Bundles the extension with esbuild: dist/extension.js for desktop (Node extension host) and
// dist/web.js for vscode.dev / code-server's web worker host. The core uses no Node APIs, so both
// bundles come from the same sources; only the platform differs.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const production = process.argv.includes("--production");
// --outdir DIR builds elsewhere (the web-bundle test builds into a temporary folder).
const outdir = process.argv.includes("--outdir") ? process.argv[process.argv.indexOf("--outdir") + 1] : join(here, "dist");

const common = {
  entryPoints: [join(here, "src/extension.ts")],
  bundle: true,
  format: "cjs",
  external: ["vscode"],
  minify: production,
  sourcemap: production ? false : "linked",
  legalComments: "none",
  logLevel: "warning",
  target: "es2022",
};

await Promise.all([
  build({ ...common, platform: "node", outfile: join(outdir, "extension.js") }),
  build({
    ...common,
    platform: "browser",
    outfile: join(outdir, "web.js"),
    // The web extension host is a Web Worker: no DOM (so not the `browser` builds that call
    // document.createElement, e.g. decode-named-character-reference) and no `process`.
    conditions: ["worker"],
    define: { "process.platform": JSON.stringify("web") },
  }),
]);

// The config schema ships inside the package for jsonValidation / yamlValidation; the source of
// truth stays schema/outside-in.schema.json at the repository root.
mkdirSync(outdir, { recursive: true });
copyFileSync(join(here, "../schema/outside-in.schema.json"), join(outdir, "outside-in.schema.json"));

for (const name of ["extension.js", "web.js"]) {
  console.log(`${join(outdir, name)}: ${(statSync(join(outdir, name)).size / 1024).toFixed(1)} KiB`);
}
