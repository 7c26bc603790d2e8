// The site's end-to-end tests drive Debian's Chromium. Installs it once when /usr/bin/chromium is
// missing. The code-server step may install it too: whichever runs first does the work.
import { existsSync } from "node:fs";
import { aptInstall } from "../apt-install.mjs";

export const CHROMIUM = "/usr/bin/chromium";

export default function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.env.OUTSIDE_IN_SKIP_E2E === "1") return;
  aptInstall(["chromium"]);
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} is missing`);
}
