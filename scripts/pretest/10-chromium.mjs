// The site's end-to-end tests drive Debian's Chromium. Installs it once when /usr/bin/chromium is
// missing (we run as root on CI); waits for another apt run to finish rather than failing.
// The code-server step may install it too: whichever runs first does the work.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM = "/usr/bin/chromium";

export default function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.env.OUTSIDE_IN_SKIP_E2E === "1") return;
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const lockWait = ["-o", "DPkg::Lock::Timeout=300"];
  console.log("pretest: installing chromium with apt-get");
  execFileSync("apt-get", [...lockWait, "update"], { stdio: "inherit", env });
  execFileSync("apt-get", [...lockWait, "install", "-y", "--no-install-recommends", "chromium"], { stdio: "inherit", env });
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} is missing`);
}
