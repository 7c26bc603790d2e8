// The file names and URLs every front end agrees on.

/** Config file names, looked for in this order in each folder; two in one folder is an error. */
export const CONFIG_FILE_NAMES = [".outside-in.yaml", ".outside-in.yml", ".outside-in.json"] as const;

/** Our own ignore file, in .gitignore syntax. */
export const IGNORE_FILE_NAME = ".outside-inignore";

/** Where the playbook site lives unless a config's `siteUrl` or `--site-url` says otherwise. */
export const DEFAULT_SITE_URL = "https://outside-in.dev";

/** A rule's page on the playbook site. */
export function ruleHelpUrl(ruleId: string, siteUrl: string = DEFAULT_SITE_URL): string {
  return `${siteUrl.replace(/\/+$/, "")}/rules/${ruleId}/`;
}
