// The --help texts.
export const MAIN_HELP = `outside-in: keep your writing on the customer's side.

Usage: outside-in <command> [options]

Commands:
  lint [paths|globs...]   Lint Markdown (.md, .mdx) and .txt files (default: the current folder)
  init                    Write a starter .outside-in.yaml here
  rules                   List the rules: id, category, severity, fixable
  explain <rule>          Why a rule matters, with Do and Don't examples
  doctor [path]           Which configs, ignore files and rule folders apply to a path, and why

Options:
  -h, --help              Show help (also: outside-in <command> --help)
  -v, --version           Show the version

Run \`outside-in lint --help\` for the linting options.
`;

export const LINT_HELP = `Usage: outside-in lint [options] [paths|globs...]

Lints .md, .mdx and .txt files under the given folders (default: the current folder), honouring
.gitignore, .outside-inignore and the config's \`ignore\`. Files named explicitly are linted
whatever their extension. Quote globs so the shell does not expand them: "docs/**/*.md".

Output:
  -f, --format <name>          stylish (default), json, sarif, github, junit, gitlab, checkstyle
  -o, --output-file <file>     Write the report to a file instead of stdout
      --quiet                  Report errors only
      --color, --no-color      Force colour on or off (default: on a terminal; NO_COLOR turns it off)
      --site-url <url>         Base URL of the rule pages in SARIF and summaries (default https://outside-in.dev)

Failing:
      --fail-on <level>        error (default), warning, info or none: exit 1 at or above it
      --max-warnings <n>       Exit 1 when there are more than n warnings
      --report-unused-disables Report disable comments that suppressed nothing (as warnings)
      --no-error-on-unmatched-pattern
                               A path or glob that matches no files is a notice, not an error

Fixing:
      --fix                    Apply safe rewrites in place (atomically), then report what is left
      --fix-dry-run            Print the rewrites as a unified diff; write nothing

Input and config:
      --stdin                  Lint text from stdin
      --stdin-filename <path>  Name for stdin text (picks config, overrides and syntax)
  -c, --config <file>          Use this config file only (no lookup of .outside-in.* files)
      --rule <id:severity>     Set a rule's severity (error, warning, info, off); repeatable
      --no-ignore              Lint files even if ignore files or the config ignore them
      --max-file-size <MB>     Skip larger files with an error (default 10)

Speed:
      --cache                  Reuse results for unchanged files (stored in .outside-in-cache/)
      --cache-location <path>  Where the cache lives
      --concurrency <n|auto|off>  Worker threads for large trees (default auto)

Only what changed:
      --changed-since <ref>    Lint only files that differ from a git ref (committed, staged,
                               unstaged or untracked; renamed files under their new name)
      --only-changed-lines     With --changed-since: report findings on added or edited lines only
      --baseline <file>        Report only findings not recorded in this baseline file
      --update-baseline        Record today's findings in the --baseline file

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above --fail-on or too many
warnings; 2 usage, config or I/O error (including files that could not be linted).
`;

export const INIT_HELP = `Usage: outside-in init [--json] [--force]

Writes a starter config in the current folder: .outside-in.yaml (or .outside-in.json with --json).
Refuses to overwrite an existing config unless --force is given.
`;

export const RULES_HELP = `Usage: outside-in rules [--format stylish|json] [-c <config>]

Lists the rules in effect here (built-in plus the config's rule folders): id, category,
severity and whether --fix can rewrite its findings.
`;

export const EXPLAIN_HELP = `Usage: outside-in explain <rule-id>

Prints why a rule matters, its Do and Don't examples, and the link to its page.
`;

export const DOCTOR_HELP = `Usage: outside-in doctor [path] [-c <config>]

Explains what applies to a file or folder (default: the current folder): the config files from the
farthest to the nearest and whether \`root: true\` stopped the lookup, the .gitignore and
.outside-inignore files read, the rule folders and the config declaring each, the resolved settings
(documentType, audience, rules overridden) with the config that set them, and whether the path is
ignored and by what. A broken config fails as it does for lint (exit 2).
`;
