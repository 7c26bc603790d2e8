// Builds the playbook site so the end-to-end tests run against a fresh site/dist. The build also
// fails on a broken internal link, so this step is a test in itself.
import { execFileSync } from "node:child_process";

export default function buildSite({ root }) {
  execFileSync("npm", ["run", "--silent", "build", "--workspace", "site"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
}
