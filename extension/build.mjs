// Bundles the extension with esbuild: dist/extension.js for desktop (Node extension host) and
// dist/web.js for vscode.dev / code-server's web worker host. The core uses no Node APIs, so both
// bundles come from the same sources; only the platform differs.
import { build } from "esbuild";
import { statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const production = process.argv.includes("--production");

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
  build({ ...common, platform: "node", outfile: join(here, "dist/extension.js") }),
  build({
    ...common,
    platform: "browser",
    outfile: join(here, "dist/web.js"),
    // The web extension host has no `process`; picomatch only reads process.platform if it exists.
    define: { "process.platform": JSON.stringify("web") },
  }),
]);

for (const name of ["extension.js", "web.js"]) {
  console.log(`extension/dist/${name}: ${(statSync(join(here, "dist", name)).size / 1024).toFixed(1)} KiB`);
}
