// Installs Debian packages the tests need (CI runs as root), waiting for another apt run to
// finish rather than failing: the pretest steps may each need one.
import { execFileSync } from "node:child_process";

/** Runs `apt-get update` and installs `packages` without recommended extras. */
export function aptInstall(packages) {
  if (packages.length === 0) return;
  console.log(`pretest: apt-get install ${packages.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const lockWait = ["-o", "DPkg::Lock::Timeout=300"];
  execFileSync("apt-get", [...lockWait, "update"], { stdio: "inherit", env });
  execFileSync("apt-get", [...lockWait, "install", "-y", "--no-install-recommends", ...packages], { stdio: "inherit", env });
}
