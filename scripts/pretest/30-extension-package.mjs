// The extension's end-to-end test installs the real .vsix: build and package it from the current
// sources (about 2 s). Skipped with OUTSIDE_IN_SKIP_E2E=1.
import { execFileSync } from "node:child_process";

export default function packageExtension({ root }) {
  if (process.env.OUTSIDE_IN_SKIP_E2E === "1") return;
  execFileSync("npm", ["run", "--silent", "package:extension"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
}
