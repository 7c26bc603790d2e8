// The CLI tests spawn bin/outside-in, which runs the bundle: bundle it from the current sources.
// The committed rulebook is bundled as it is, so the staleness test still sees a stale one.
import { execFileSync } from "node:child_process";

export default function buildCli({ root }) {
  execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: root, stdio: "inherit" });
}
