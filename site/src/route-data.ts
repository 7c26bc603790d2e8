// Starlight route middleware: content pages get an edit link to their file in content/ (the glob
// loader's paths climb out of site/) and a meta description from their summary.
import { defineRouteMiddleware } from "@astrojs/starlight/route-data";
import { editUrlFor } from "./lib/repo.ts";
import { sourcePathOf } from "./lib/pages.ts";

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const source = sourcePathOf(route.entry);
  if (source && route.entry.data.editUrl !== false) route.editUrl = new URL(editUrlFor(source));
  const summary = (route.entry.data as { summary?: string }).summary;
  if (!summary) return;
  const existing = route.head.find((tag) => tag.tag === "meta" && tag.attrs?.name === "description");
  if (existing) existing.attrs = { ...existing.attrs, content: summary };
  else route.head.push({ tag: "meta", attrs: { name: "description", content: summary } });
});
