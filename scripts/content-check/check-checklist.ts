// Checks a checklist page's body: every item is a task with a stable, unique id and a principle link.
import type { ParsedChecklist } from "../../src/core/content/checklist.ts";
import type { Sink } from "./sink.ts";

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkChecklistBody(file: string, parsed: ParsedChecklist, sink: Sink): void {
  if (parsed.items.length === 0) sink.error({ file, field: "items", message: "has no task items (- [ ] ...)" });
  for (const item of parsed.plainItems) {
    sink.error({ file, field: "items", line: item.line, message: `list item has no checkbox: "${item.text.slice(0, 60)}"` });
  }
  const seen = new Map<string, number>();
  for (const item of parsed.items) {
    if (!item.id) {
      sink.error({ file, field: "item id", line: item.line, message: "item has no trailing <!-- id: ... --> comment" });
    } else if (!KEBAB.test(item.id)) {
      sink.error({ file, field: "item id", line: item.line, message: `"${item.id}" is not kebab-case` });
    } else if (seen.has(item.id)) {
      sink.error({ file, field: "item id", line: item.line, message: `"${item.id}" is also used on line ${seen.get(item.id)}` });
    }
    if (item.id) seen.set(item.id, seen.get(item.id) ?? item.line);
    if (item.principles.length === 0) {
      sink.error({ file, field: "item principle", line: item.line, message: "item links no principle (../principles/<id>.md)" });
    }
  }
}
