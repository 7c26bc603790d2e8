// Bundles the CLI into one file so it starts fast and runs on Node 20 or later.
import { build } from "esbuild";
import { join } from "node:path";
import { cliBundleOptions, ROOT } from "./cli-bundle.mjs";

await build(cliBundleOptions(join(ROOT, "dist/cli.mjs")));
