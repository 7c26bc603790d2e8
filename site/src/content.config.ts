// Principles and checklists are read from ../content where the playbook keeps them; the index page
// is its own collection because the home page wraps it in a hero. Rules come from the rulebook.
import { defineCollection, z } from "astro:content";
import { glob } from "astro/loaders";
import { docsSchema } from "@astrojs/starlight/schema";

const playbookFields = z.object({
  id: z.string(),
  summary: z.string(),
  owner: z.string(),
  reviewed: z.coerce.date(),
  reviewInterval: z.string(),
  relatedRules: z.array(z.string()).optional(),
  tags: z.array(z.string()).optional(),
  // Site pages that borrow an owner say whose it is, e.g. "owner of the principle Transparency".
  ownerNote: z.string().optional(),
});

export const collections = {
  docs: defineCollection({
    loader: glob({ base: "../content", pattern: "{principles,checklists}/[^_]*.md" }),
    schema: docsSchema({ extend: playbookFields.partial() }),
  }),
  home: defineCollection({
    loader: glob({ base: "../content", pattern: "index.md" }),
    schema: playbookFields.extend({ title: z.string() }),
  }),
};
