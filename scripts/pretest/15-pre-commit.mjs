// test/hosts/pre-commit.test.ts runs the real pre-commit tool against this repository's hooks.
// Installs Debian's pre-commit once when it is missing.
import { spawnSync } from "node:child_process";
import { aptInstall } from "../apt-install.mjs";

function hasPreCommit() {
  return spawnSync("pre-commit", ["--version"], { stdio: "ignore" }).status === 0;
}

export default function ensurePreCommit() {
  if (hasPreCommit()) return;
  aptInstall(["pre-commit"]);
  if (!hasPreCommit()) throw new Error("apt-get installed pre-commit but `pre-commit --version` fails");
}
