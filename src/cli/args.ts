// Parses command-line arguments against a table of options; unknown flags are errors with a hint.
import { closest } from "../core/config/suggest.ts";

export class UsageError extends Error {
  override name = "UsageError";
}

/** One option: `value` options take an argument (`--format json` or `--format=json`). */
export interface OptionSpec {
  name: string;
  alias?: string;
  value?: boolean;
  /** May be given more than once; values are collected. */
  repeat?: boolean;
}

export interface ParsedArgs {
  options: Map<string, string | true | string[]>;
  positionals: string[];
}

/** Parses `argv` for one command. `--no-x` turns off boolean option `x` when `no-x` is not itself declared. */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[], command: string): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byAlias = new Map(specs.filter((s) => s.alias).map((s) => [s.alias!, s]));
  const options = new Map<string, string | true | string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = flag.startsWith("--") ? byName.get(flag.slice(2)) : byAlias.get(flag.slice(1));
    if (!spec) {
      const known = specs.map((s) => `--${s.name}`);
      const hint = closest(flag, known);
      throw new UsageError(
        `unknown option ${flag} for "${command}"${hint ? `; did you mean ${hint}?` : "."} Run \`outside-in ${command} --help\` to see the options.`,
      );
    }
    if (!spec.value) {
      if (eq > 0) throw new UsageError(`option --${spec.name} takes no value`);
      options.set(spec.name, true);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith("--"))) throw new UsageError(`option --${spec.name} needs a value`);
    if (spec.repeat) {
      const list = (options.get(spec.name) as string[] | undefined) ?? [];
      list.push(value);
      options.set(spec.name, list);
    } else options.set(spec.name, value);
  }
  return { options, positionals };
}

export const stringOption = (args: ParsedArgs, name: string): string | undefined => {
  const value = args.options.get(name);
  return typeof value === "string" ? value : undefined;
};
export const listOption = (args: ParsedArgs, name: string): string[] => (args.options.get(name) as string[] | undefined) ?? [];
export const flag = (args: ParsedArgs, name: string): boolean => args.options.get(name) === true;
