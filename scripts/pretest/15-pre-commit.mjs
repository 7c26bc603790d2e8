// test/hosts/pre-commit.test.ts runs the real pre-commit tool against this repository's hooks.
// Installs Debian's pre-commit once when it is missing (we run as root on CI); waits for another
// apt run to finish rather than failing.
import { execFileSync, spawnSync } from "node:child_process";

function hasPreCommit() {
  return spawnSync("pre-commit", ["--version"], { stdio: "ignore" }).status === 0;
}

export default function ensurePreCommit() {
  if (hasPreCommit()) return;
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const lockWait = ["-o", "DPkg::Lock::Timeout=300"];
  console.log("pretest: installing pre-commit with apt-get");
  execFileSync("apt-get", [...lockWait, "update"], { stdio: "inherit", env });
  execFileSync("apt-get", [...lockWait, "install", "-y", "--no-install-recommends", "pre-commit"], { stdio: "inherit", env });
  if (!hasPreCommit()) throw new Error("apt-get installed pre-commit but `pre-commit --version` fails");
}
