// One table of project cases. Each runs through the project layer on a host's file system and
// returns plain data, so every host must return the same thing.
import { ConfigError } from "../../src/core/config/types.ts";
import { ConfigChain, IgnoreFiles, nearestSiteUrl, relativePath, RulebookLoader, settingsFor, type ProjectFs } from "../../src/project/index.ts";
import { SAFE_RULE, ZEBRA_RULE } from "../cli/helpers.ts";
import type { Tree } from "./tree.ts";

/** The layer bound to one host's file system, with paths shown relative to the tree's root. */
export interface Host {
  fs: ProjectFs;
  root: string;
  /** Whether the host can resolve links (Node can; vscode.workspace.fs cannot). */
  resolvesLinks: boolean;
}

export interface ProjectCase {
  name: string;
  tree: Tree;
  run: (host: Host) => Promise<unknown>;
  /** What every host returns; a function when it depends on the host. */
  expected: unknown | ((host: Host) => unknown);
}

const at = (host: Host, path: string): string => `${host.root}/${path}`;
const label = (host: Host) => (path: string) => relativePath(host.root, path);
const chain = (host: Host) => new ConfigChain(host.fs, { label: label(host) });
const loader = (host: Host) => new RulebookLoader(host.fs, { label: label(host) });

/** The chain for a folder, as the config files' labels. */
const chainLabels = async (host: Host, dir: string) => (await chain(host).chainFor(at(host, dir))).map((c) => c.label);

/** The ids of the rules the configs above `dir` add, or the error that stops them. */
async function extraRuleIds(host: Host, dir: string): Promise<string[] | string> {
  try {
    const book = await loader(host).forChain(await chain(host).chainFor(at(host, dir)));
    return book.extra.map((r) => r.id);
  } catch (error) {
    return error instanceof ConfigError ? `ConfigError: ${error.issues.map((i) => i.message).join("; ")}` : (error as Error).message;
  }
}

const GIT = { "repo/.git/HEAD": "ref: refs/heads/main\n" };
/** A rule file whose id is `id` (the id must match the file name). */
const ruleNamed = (id: string) => ZEBRA_RULE.replace("id: zebra-error", `id: ${id}`);

export const CASES: ProjectCase[] = [
  {
    name: "the config search stops at the project root (the folder holding .git)",
    tree: { ...GIT, ".outside-in.yaml": "documentType: spec\n", "repo/.outside-in.yaml": "documentType: policy\n", "repo/docs/.outside-in.yaml": "audience: staff\n" },
    run: (host) => chainLabels(host, "repo/docs/deep"),
    expected: ["repo/.outside-in.yaml", "repo/docs/.outside-in.yaml"],
  },
  {
    name: "root: true stops the search below the project root",
    tree: { ...GIT, "repo/.outside-in.yaml": "documentType: policy\n", "repo/team/.outside-in.yaml": "root: true\n" },
    run: (host) => chainLabels(host, "repo/team/sub"),
    expected: ["repo/team/.outside-in.yaml"],
  },
  {
    name: "two configs in one folder are an error naming both",
    tree: { ...GIT, "repo/.outside-in.yaml": "", "repo/.outside-in.json": "{}" },
    run: (host) => chainLabels(host, "repo").catch((error: ConfigError) => error.issues[0]!.message),
    expected: "more than one config in repo (.outside-in.yaml, .outside-in.json); keep one",
  },
  {
    name: "nested configs and overrides: the nearer config wins, then the later override",
    tree: {
      ...GIT,
      "repo/.outside-in.yaml": "rules:\n  sole-discretion: warning\noverrides:\n  - files: legal/**\n    rules: { sole-discretion: error }\n",
      "repo/docs/.outside-in.yaml": "rules:\n  sole-discretion: info\n",
    },
    run: async (host) => {
      const configs = chain(host);
      const severity = async (file: string) => settingsFor(await configs.chainFor(at(host, file.slice(0, file.lastIndexOf("/")))), at(host, file)).rules["sole-discretion"];
      return [await severity("repo/legal/terms.md"), await severity("repo/docs/a.md"), await severity("repo/readme.md")];
    },
    expected: ["error", "info", "warning"],
  },
  {
    name: "per-file documentType from an override glob",
    tree: { ...GIT, "repo/.outside-in.yaml": "documentType: spec\noverrides:\n  - files: policies/**\n    documentType: policy\n  - files: '*.faq.md'\n    documentType: support\n" },
    run: async (host) => {
      const configs = await chain(host).chainFor(at(host, "repo"));
      return ["repo/policies/refunds.md", "repo/notes.md", "repo/help/billing.faq.md"].map((file) => settingsFor(configs, at(host, file)).documentType);
    },
    expected: ["policy", "spec", "support"],
  },
  {
    name: "the nearest siteUrl wins",
    tree: {
      ...GIT,
      "repo/.outside-in.yaml": "siteUrl: https://top.example\n",
      "repo/docs/.outside-in.yaml": "siteUrl: https://docs.example\n",
      "repo/docs/api/.outside-in.yaml": "documentType: spec\n",
    },
    run: async (host) => {
      const configs = chain(host);
      return [nearestSiteUrl(await configs.chainFor(at(host, "repo"))), nearestSiteUrl(await configs.chainFor(at(host, "repo/docs/api")))];
    },
    expected: ["https://top.example", "https://docs.example"],
  },
  {
    name: "ignore files are read from the git root down, even from a subfolder",
    tree: {
      ...GIT,
      "repo/.gitignore": "# built\ndrafts/\n",
      "repo/.outside-inignore": "# wrong on purpose\nlegacy/\n",
      "repo/site/.outside-inignore": "old.md\n",
      "repo/site/drafts/a.md": "x",
      "repo/site/legacy/b.md": "x",
      "repo/site/old.md": "x",
      "repo/site/new.md": "x",
    },
    run: async (host) => {
      // The CLI starts from its working folder, the extension from its workspace folder: here repo/site.
      const ignores = new IgnoreFiles(host.fs, at(host, "repo/site"));
      const files = ["repo/site/drafts/a.md", "repo/site/legacy/b.md", "repo/site/old.md", "repo/site/new.md"];
      return Promise.all(files.map((f) => ignores.isFileIgnored(at(host, f))));
    },
    expected: [true, true, true, false],
  },
  {
    name: "a rule folder's index.md, README.md and _drafts are not rules",
    tree: {
      ...GIT,
      "repo/.outside-in.yaml": "ruleFolders: [rules]\n",
      "repo/rules/index.md": "# Our rules\n",
      "repo/rules/README.md": "How to add a rule.\n",
      "repo/rules/_unfinished.md": "---\nid: nope\n---\n",
      "repo/rules/zebra-error.md": ZEBRA_RULE,
      "repo/rules/wording/utilise-to-use.md": SAFE_RULE,
    },
    run: (host) => extraRuleIds(host, "repo"),
    expected: ["utilise-to-use", "zebra-error"],
  },
  {
    name: "two rule files with one id are an error",
    tree: { ...GIT, "repo/.outside-in.yaml": "ruleFolders: [rules]\n", "repo/rules/a/zebra-error.md": ZEBRA_RULE, "repo/rules/b/zebra-error.md": ZEBRA_RULE },
    run: (host) => extraRuleIds(host, "repo"),
    expected: 'repo/rules/b/zebra-error.md: id: "zebra-error" is also used by repo/rules/a/zebra-error.md',
  },
  {
    name: "a rule folder outside the project is refused unless the config allows it",
    tree: {
      ...GIT,
      "repo/.outside-in.yaml": "ruleFolders: [../shared]\n",
      "repo/open/.git/HEAD": "ref: refs/heads/main\n",
      "repo/open/.outside-in.yaml": "ruleFolders: [../../shared]\nruleFoldersOutsideProject: true\n",
      "shared/zebra-error.md": ZEBRA_RULE,
    },
    run: async (host) => [await extraRuleIds(host, "repo"), await extraRuleIds(host, "repo/open")],
    expected: ["ConfigError: shared is outside the project (repo); set ruleFoldersOutsideProject: true to read rules from there", ["zebra-error"]],
  },
  {
    name: "a link that leaves the project is not followed; one that stays in it is, where the host can tell",
    tree: {
      ...GIT,
      "repo/.outside-in.yaml": "ruleFolders: [rules]\n",
      "repo/rules/zebra-error.md": ZEBRA_RULE,
      "repo/rules/outside": { link: "../../elsewhere" },
      "elsewhere/leaked-rule.md": ruleNamed("leaked-rule"),
      "repo/rules/inside": { link: "../more" },
      "repo/more/kept-rule.md": ruleNamed("kept-rule"),
    },
    run: (host) => extraRuleIds(host, "repo"),
    expected: (host: Host) => (host.resolvesLinks ? ["kept-rule", "zebra-error"] : ["zebra-error"]),
  },
];
