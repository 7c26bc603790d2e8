// Strict TypeScript over the core, CLI, extension, scripts and tests: a type error fails the run.
import { execFileSync } from "node:child_process";

export default function typecheck({ root }) {
  execFileSync("npx", ["tsc", "-p", "tsconfig.json", "--noEmit"], { cwd: root, stdio: "inherit" });
}
