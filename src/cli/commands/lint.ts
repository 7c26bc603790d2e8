// `outside-in lint`: collect files, lint them (cached, parallel, fixing), print a report, pick the exit code.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Rule, SeveritySetting } from "../../core/index.ts";
import { DEFAULT_SITE_URL } from "../../core/config/names.ts";
import { SEVERITY_SETTINGS } from "../../core/config/validate.ts";
import { closest } from "../../core/config/suggest.ts";
import { flag, listOption, parseArgs, stringOption, UsageError, type OptionSpec } from "../args.ts";
import type { CliIo } from "../io.ts";
import { LINT_HELP } from "../help.ts";
import { ConfigChain, findGitRoot, IgnoreFiles, nearestSiteUrl, RulebookLoader, toPosix } from "../../project/index.ts";
import { nodeProjectFs } from "../node-project-fs.ts";
import { collectFiles } from "../walk.ts";
import { FileSettingsResolver, lintFiles } from "../lint-files.ts";
import { runLintTask } from "../lint-task.ts";
import { decodeSource, DEFAULT_MAX_FILE_SIZE, sizeProblem, type SourceFile } from "../read-source.ts";
import { LintCache } from "../cache.ts";
import { unifiedDiff } from "../unified-diff.ts";
import { FORMATTERS } from "../formatters/index.ts";
import { useColor } from "../colors.ts";
import { CLI_VERSION } from "../version.ts";
import { SEVERITY_RANK, type FileReport } from "../report.ts";
import { relative } from "node:path";
import { addedLines, changedSince, type GitChanges } from "../git-changes.ts";
import { keepChangedLines } from "../changed-lines.ts";
import { readBaseline, withoutBaselined, writeBaseline } from "../baseline.ts";

export const LINT_OPTIONS: OptionSpec[] = [
  { name: "format", alias: "f", value: true },
  { name: "output-file", alias: "o", value: true },
  { name: "quiet" },
  { name: "color" },
  { name: "no-color" },
  { name: "site-url", value: true },
  { name: "fail-on", value: true },
  { name: "max-warnings", value: true },
  { name: "report-unused-disables" },
  { name: "no-error-on-unmatched-pattern" },
  { name: "fix" },
  { name: "fix-dry-run" },
  { name: "stdin" },
  { name: "stdin-filename", value: true },
  { name: "config", alias: "c", value: true },
  { name: "rule", value: true, repeat: true },
  { name: "no-ignore" },
  { name: "max-file-size", value: true },
  { name: "cache" },
  { name: "cache-location", value: true },
  { name: "concurrency", value: true },
  { name: "changed-since", value: true },
  { name: "only-changed-lines" },
  { name: "baseline", value: true },
  { name: "update-baseline" },
  { name: "help", alias: "h" },
];

const FAIL_LEVELS = ["error", "warning", "info", "none"] as const;
type FailOn = (typeof FAIL_LEVELS)[number];

function choice<T extends string>(value: string | undefined, options: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (options.includes(value as T)) return value as T;
  const hint = closest(value, options);
  throw new UsageError(`--${name} must be one of ${options.join(", ")}; got "${value}"${hint ? ` (did you mean "${hint}"?)` : ""}`);
}

function integer(value: string | undefined, name: string, min = 0): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`--${name} expects a whole number${min ? ` of at least ${min}` : ""}; got "${value}"`);
  return Number(value);
}

function ruleOverrides(values: string[]): Record<string, SeveritySetting> {
  const rules: Record<string, SeveritySetting> = {};
  for (const value of values) {
    const m = /^([a-z0-9-]+)[:=](\w+)$/.exec(value);
    if (!m || !SEVERITY_SETTINGS.includes(m[2] as SeveritySetting)) {
      throw new UsageError(`--rule expects id:severity with severity ${SEVERITY_SETTINGS.join(", ")}; got "${value}"`);
    }
    rules[m[1]!] = m[2] as SeveritySetting;
  }
  return rules;
}

function exitCode(reports: FileReport[], ioError: boolean, failOn: FailOn, maxWarnings: number | undefined): number {
  if (ioError || reports.some((r) => r.error)) return 2;
  const findings = reports.flatMap((r) => r.findings);
  if (failOn !== "none" && findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn])) return 1;
  if (maxWarnings !== undefined && findings.filter((f) => f.severity === "warning").length > maxWarnings) return 1;
  return 0;
}

export async function lintCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, LINT_OPTIONS, "lint");
  if (flag(args, "help")) {
    io.stdout(LINT_HELP);
    return 0;
  }
  const format = choice(stringOption(args, "format"), Object.keys(FORMATTERS), "format", "stylish");
  const failOn = choice(stringOption(args, "fail-on"), FAIL_LEVELS, "fail-on", "error");
  const maxWarnings = integer(stringOption(args, "max-warnings"), "max-warnings");
  const maxFileMb = stringOption(args, "max-file-size");
  if (maxFileMb !== undefined && !(Number(maxFileMb) > 0)) throw new UsageError(`--max-file-size expects a size in MB; got "${maxFileMb}"`);
  const maxFileSize = maxFileMb === undefined ? DEFAULT_MAX_FILE_SIZE : Number(maxFileMb) * 1024 * 1024;
  const concurrencyText = stringOption(args, "concurrency");
  const concurrency =
    concurrencyText === undefined || concurrencyText === "auto" ? undefined : concurrencyText === "off" ? 0 : integer(concurrencyText, "concurrency", 1);
  const fix = flag(args, "fix") ? "write" : flag(args, "fix-dry-run") ? "dry-run" : "off";
  if (flag(args, "fix") && flag(args, "fix-dry-run")) throw new UsageError("use --fix or --fix-dry-run, not both");
  const stdin = flag(args, "stdin");
  const stdinFilename = stringOption(args, "stdin-filename");
  if (stdin && args.positionals.length) throw new UsageError("--stdin lints stdin only; remove the paths or drop --stdin");
  if (stdinFilename !== undefined && !stdin) throw new UsageError("--stdin-filename needs --stdin");
  if (flag(args, "color") && flag(args, "no-color")) throw new UsageError("use --color or --no-color, not both");
  const siteUrlFlag = stringOption(args, "site-url");
  if (siteUrlFlag !== undefined && !/^https?:\/\/[^\s/]+/.test(siteUrlFlag)) throw new UsageError(`--site-url expects an http(s) URL; got "${siteUrlFlag}"`);
  const rules = ruleOverrides(listOption(args, "rule"));
  const quiet = flag(args, "quiet");
  const changedRef = stringOption(args, "changed-since");
  const onlyChangedLines = flag(args, "only-changed-lines");
  if (onlyChangedLines && changedRef === undefined) throw new UsageError("--only-changed-lines needs --changed-since <ref>");
  if (changedRef !== undefined && stdin) throw new UsageError("--changed-since picks files from git; it cannot be used with --stdin");
  // A fix on an old line would rewrite text the run promised to leave alone.
  if (onlyChangedLines && fix !== "off") throw new UsageError(`--only-changed-lines cannot be used with --${fix === "write" ? "fix" : "fix-dry-run"}; fix with --changed-since alone, or without it`);
  const baselineFlag = stringOption(args, "baseline");
  const updateBaseline = flag(args, "update-baseline");
  if (updateBaseline && baselineFlag === undefined) throw new UsageError("--update-baseline needs --baseline <file>");
  // The baseline would record only the changed lines' findings and forget the old ones.
  if (updateBaseline && onlyChangedLines) throw new UsageError("--update-baseline cannot be used with --only-changed-lines");
  // A dry run reports what fixing would leave, which is not what the file on disk holds.
  if (updateBaseline && fix === "dry-run") throw new UsageError("--update-baseline cannot be used with --fix-dry-run");

  const cwd = io.cwd;
  const configFlag = stringOption(args, "config");
  const finder = new ConfigChain(nodeProjectFs, configFlag ? { explicitFile: resolve(cwd, configFlag) } : {});
  const loader = new RulebookLoader(nodeProjectFs);
  const resolver = new FileSettingsResolver(finder, loader);
  const cwdChain = await finder.chainFor(cwd);
  const siteUrl = siteUrlFlag ?? nearestSiteUrl(cwdChain) ?? DEFAULT_SITE_URL;
  const known = new Map<string, Rule>((await loader.forChain(cwdChain)).rulebook.rules.map((r) => [r.id, r]));
  for (const id of Object.keys(rules)) {
    if (!known.has(id)) throw new UsageError(`--rule: unknown rule "${id}"${closest(id, [...known.keys()]) ? `; did you mean "${closest(id, [...known.keys()])}"?` : ""}`);
  }

  const baselinePath = baselineFlag === undefined ? undefined : resolve(cwd, baselineFlag);
  // Read before linting, so a bad baseline file stops the run before any work (or any --fix).
  const baseline = baselinePath && !updateBaseline ? readBaseline(baselinePath, baselineFlag!) : undefined;
  if (baselinePath && !updateBaseline && !baseline) io.stderr(`outside-in: ${baselineFlag}: no baseline yet, so every finding is reported (--update-baseline writes it)\n`);
  const changes: GitChanges | undefined = changedRef === undefined ? undefined : changedSince(cwd, changedRef);
  // Findings of this run minus those the baseline knows; --update-baseline records them all first.
  const newFindingsOnly = (all: FileReport[]): FileReport[] => {
    if (!baselinePath) return all;
    if (updateBaseline) {
      const recorded = writeBaseline(baselinePath, baselineFlag!, all);
      io.stderr(`outside-in: ${baselineFlag}: recorded ${recorded} finding${recorded === 1 ? "" : "s"}\n`);
      return all.map((r) => ({ ...r, findings: [] }));
    }
    return baseline ? withoutBaselined(all, baseline, dirname(baselinePath)) : all;
  };

  let reports: FileReport[];
  let ioError = false;
  let diffs = "";
  if (stdin) {
    const filePath = resolve(cwd, stdinFilename ?? "<stdin>");
    const displayPath = stdinFilename ? toPosix(relative(cwd, filePath)) : "<stdin>";
    const bytes = await io.readStdin(maxFileSize);
    // Stdin gets the checks a file gets, with the size judged on what was read.
    const tooLarge = sizeProblem(bytes.length, maxFileSize, "stdin");
    const source: SourceFile = tooLarge ? { ok: false, message: tooLarge } : decodeSource(bytes);
    if (!source.ok) {
      // An editor takes --fix's stdout as the new text: on a refusal, print nothing there.
      if (fix === "write") {
        io.stderr(`outside-in: ${displayPath}: ${source.message}\n`);
        return 2;
      }
      reports = [{ filePath, displayPath, findings: [], error: source.message }];
    } else {
      const { options, book } = await resolver.forFile(filePath, rules);
      const outcome = runLintTask(
        { text: source.text, options, rulebookKey: book.key, fix: fix !== "off", reportUnusedDisables: flag(args, "report-unused-disables") },
        () => book.rulebook,
      );
      reports = [{ filePath, displayPath, findings: outcome.findings, perspectiveScore: outcome.perspectiveScore, fixed: outcome.fixed }];
      for (const r of book.rulebook.rules) known.set(r.id, r);
      // Like Prettier: with --fix, stdin's fixed text goes to stdout for the editor to take.
      if (fix === "write") {
        io.stdout(outcome.output ?? source.text);
        return exitCode(newFindingsOnly(reports), false, failOn, maxWarnings);
      }
      if (fix === "dry-run" && outcome.output !== undefined) diffs += unifiedDiff(source.text, outcome.output, displayPath);
    }
  } else {
    const ignoreFiles = new IgnoreFiles(nodeProjectFs, cwd, !flag(args, "no-ignore"));
    const noIgnore = flag(args, "no-ignore");
    const walked = await collectFiles(args.positionals, {
      cwd,
      ignoreFiles,
      isConfigIgnored: async (path) => !noIgnore && (await resolver.isIgnored(path)),
    });
    for (const problem of walked.errors) io.stderr(`outside-in: ${problem.path}: ${problem.message}\n`);
    for (const problem of walked.notices) io.stderr(`outside-in: ${problem.path}: ${problem.message}\n`);
    const unmatchedIsError = !flag(args, "no-error-on-unmatched-pattern");
    for (const problem of walked.unmatched) io.stderr(`outside-in: ${problem.path}: ${problem.message}${unmatchedIsError ? " (pass --no-error-on-unmatched-pattern to allow this)" : ""}\n`);
    ioError = walked.errors.length > 0 || (unmatchedIsError && walked.unmatched.length > 0);
    const cache = flag(args, "cache") ? new LintCache(resolve(cwd, stringOption(args, "cache-location") ?? ".outside-in-cache"), (m) => io.stderr(`outside-in: ${m}\n`)) : undefined;
    // Changed files are picked from what the walk found, so paths, extensions and ignore rules apply as usual.
    const files = changes ? walked.files.filter((file) => changes.files.has(file)) : walked.files;
    reports = await lintFiles(files, resolver, {
      cwd, fix, reportUnusedDisables: flag(args, "report-unused-disables"), maxFileSize, concurrency, cache, ruleOverrides: rules,
    });
    cache?.save();
    for (const book of loader.loaded()) for (const r of book.rulebook.rules) known.set(r.id, r);
    diffs = reports.map((r) => r.diff ?? "").join("");
    if (changes && onlyChangedLines) reports = reports.map((r) => keepChangedLines(r, addedLines(changes, changes.files.get(r.filePath)!), known));
  }
  reports = newFindingsOnly(reports);

  if (quiet) reports = reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error") }));
  const outputFile = stringOption(args, "output-file");
  const colorFlag = flag(args, "color") ? true : flag(args, "no-color") ? false : undefined;
  const color = !outputFile && useColor(colorFlag, io.stdoutIsTTY, io.env);
  const repoRoot = (await findGitRoot(nodeProjectFs, cwd)) ?? cwd;
  const report = FORMATTERS[format]!(reports, { cwd, repoRoot, color, siteUrl, version: CLI_VERSION, rules: known, env: io.env, dryRun: fix === "dry-run" });
  // People read file errors on stderr; the machine formats also carry them in their own way.
  if (format !== "stylish" || outputFile) {
    for (const r of reports) if (r.error) io.stderr(`outside-in: ${r.displayPath}: ${r.error}\n`);
  }
  if (diffs) io.stdout(diffs);
  if (outputFile) {
    const target = resolve(cwd, outputFile);
    if (!existsSync(dirname(target))) mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, report);
  } else io.stdout(report);
  return exitCode(reports, ioError, failOn, maxWarnings);
}
