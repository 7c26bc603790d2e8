// Maps playbook files to the site's URLs. Rule pages sit at /rules/<id>/ because the CLI and the
// extension link every finding there.
/** The site path for a repository-relative content file, or undefined when it has no page. */
export function routeForContentPath(path: string): string | undefined {
  if (path === "content/index.md") return "/";
  const m = /^content\/(principles|checklists|rules|lexicons)\/([a-z0-9-]+)\.md$/.exec(path);
  return m ? `/${m[1]}/${m[2]}/` : undefined;
}

export const ruleRoute = (id: string) => `/rules/${id}/`;
export const principleRoute = (id: string) => `/principles/${id}/`;
export const lexiconRoute = (id: string) => `/lexicons/${id}/`;
