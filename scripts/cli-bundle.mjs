// esbuild options for the CLI bundle, shared by the repository's dist/cli.mjs and the npm package.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Bundles src/cli/main.ts into one ESM file that runs on Node 20 or later. */
export function cliBundleOptions(outfile) {
  return {
    entryPoints: [join(ROOT, "src/cli/main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    minify: false,
    sourcemap: false,
    legalComments: "none",
    // CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: "warning",
  };
}
