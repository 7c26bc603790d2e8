// The CLI tests spawn bin/outside-in, which runs the bundle: build it from the current sources.
import { execFileSync } from "node:child_process";

export default function buildCore({ root }) {
  execFileSync("npm", ["run", "--silent", "build:core"], { cwd: root, stdio: "inherit" });
}
