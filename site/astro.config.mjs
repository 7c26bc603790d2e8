// The playbook site: Starlight publishes content/ where it lives (principles and checklists as a
// docs collection) and generates rule pages from the compiled rulebook. See ../../shared recipes.
import { defineConfig } from "astro/config";
import starlight from "@astrojs/starlight";
import { fileURLToPath } from "node:url";
import { checkLinks } from "./integrations/check-links.mjs";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

// The CLI and the extension link findings to `${SITE_URL}/rules/<id>/`: keep both stable.
export const SITE_URL = "https://outside-in.dev";

export default defineConfig({
  site: SITE_URL,
  trailingSlash: "always",
  integrations: [
    starlight({
      title: "Outside-In",
      description: "A playbook and linter that keeps a company's writing on the customer's side.",
      favicon: "/favicon.svg",
      lastUpdated: false,
      pagination: true,
      customCss: ["./src/styles/custom.css"],
      routeMiddleware: "./src/route-data.ts",
      components: {
        PageTitle: "./src/components/overrides/PageTitle.astro",
        MarkdownContent: "./src/components/overrides/MarkdownContent.astro",
        Banner: "./src/components/overrides/Banner.astro",
        EditLink: "./src/components/overrides/EditLink.astro",
      },
      sidebar: [
        {
          label: "Start here",
          items: [
            { label: "Home", link: "/" },
            { label: "Check a document", link: "/playground/" },
          ],
        },
        {
          label: "Read the playbook",
          items: [
            { label: "For your role", link: "/for/" },
            { label: "Do and don't, all pairs", link: "/do-and-dont/" },
            { label: "Words and phrases to watch", link: "/words/" },
            { label: "The whole playbook, to print", link: "/playbook/print/" },
            { label: "Sources", link: "/sources/" },
          ],
        },
        // Starlight matches autogenerate directories against file paths, which climb out of site/.
      { label: "Principles", items: [{ autogenerate: { directory: "../content/principles" } }] },
        { label: "Checklists", items: [{ autogenerate: { directory: "../content/checklists" } }] },
        {
          label: "Writing rules",
          items: [
            { label: "All rules by category", link: "/rules/" },
            { label: "Word lists (lexicons)", link: "/lexicons/" },
          ],
        },
      ],
    }),
    checkLinks(),
  ],
  vite: {
    define: { __REPO_ROOT__: JSON.stringify(repoRoot) },
    server: { fs: { allow: [repoRoot] } },
  },
});
