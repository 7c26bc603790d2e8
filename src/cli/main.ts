// The `outside-in` command line: dispatches to a command and turns errors into exit code 2.
import { closest } from "../core/config/suggest.ts";
import { ConfigError } from "../core/config/types.ts";
import { RuleFileError } from "../core/index.ts";
import { UsageError } from "./args.ts";
import { ioReason, isPathError } from "./io-error.ts";
import { processIo, type CliIo } from "./io.ts";
import { MAIN_HELP } from "./help.ts";
import { CLI_VERSION } from "./version.ts";
import { builtinRulebookHash } from "./rulebook-hash.ts";
import { lintCommand } from "./commands/lint.ts";
import { initCommand } from "./commands/init.ts";
import { rulesCommand } from "./commands/rules.ts";
import { explainCommand } from "./commands/explain.ts";
import { doctorCommand } from "./commands/doctor.ts";
import { isLintWorker, startLintWorker } from "./worker.ts";

const COMMANDS: Record<string, (argv: readonly string[], io: CliIo) => Promise<number>> = {
  lint: lintCommand,
  init: initCommand,
  rules: rulesCommand,
  explain: explainCommand,
  doctor: doctorCommand,
};

/** Runs the CLI; returns the exit code. `io` replaces the process's streams and folder (tests). */
export async function main(argv: string[], overrides: Partial<CliIo> = {}): Promise<number> {
  const io: CliIo = { ...processIo(), ...overrides };
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.stdout(MAIN_HELP);
      return command === undefined ? 2 : 0;
    }
    if (command === "--version" || command === "-v") {
      io.stdout(`${CLI_VERSION} (rulebook ${builtinRulebookHash().slice(0, 8)})\n`);
      return 0;
    }
    const run = COMMANDS[command];
    if (!run) {
      const hint = command.startsWith("-") ? undefined : closest(command, Object.keys(COMMANDS));
      const what = command.startsWith("-") ? `unknown option ${command}` : `unknown command "${command}"`;
      throw new UsageError(`${what}${hint ? `; did you mean "${hint}"?` : ""} Run \`outside-in --help\` to see the commands.`);
    }
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof RuleFileError) {
      io.stderr(`outside-in: ${error.message}\n`);
      return 2;
    }
    if (isPathError(error)) {
      // A file-system failure is the user's to fix: name the path and the reason, not our stack.
      io.stderr(`outside-in: ${error.path}: ${ioReason(error)}\n`);
      return 2;
    }
    io.stderr(`outside-in: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}

// In the bundle, the same file runs as a lint worker thread.
if (isLintWorker()) startLintWorker();
