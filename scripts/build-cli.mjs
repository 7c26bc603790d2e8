// Bundles the CLI into one file so it starts fast and runs on Node 20 or later: dist/cli.mjs for
// bin/outside-in, and with --committed also bundle/outside-in.mjs (see scripts/cli-bundle.mjs).
import { chmodSync } from "node:fs";
import { join } from "node:path";
import { buildCommittedBundle, buildLibraryBundle, COMMITTED_BUNDLE, ROOT } from "./cli-bundle.mjs";

await buildLibraryBundle();
if (process.argv.includes("--committed")) {
  await buildCommittedBundle();
  // pre-commit's `script` hooks execute the file itself.
  chmodSync(join(ROOT, COMMITTED_BUNDLE), 0o755);
}
