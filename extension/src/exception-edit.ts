// Pure: a project config's text with one more accepted phrase under `exceptions`, keeping the
// rest of the file (YAML comments and layout included) as it was.
import { isSeq, parseDocument } from "yaml";
import { normalizePhrase } from "../../src/core/index.ts";

/** The new text, or undefined when the phrase is already accepted. */
export function addException(text: string, fileName: string, phrase: string): string | undefined {
  const wanted = normalizePhrase(phrase);
  if (fileName.endsWith(".json")) {
    const data = (text.trim() ? JSON.parse(text) : {}) as Record<string, unknown>;
    const list = typeof data.exceptions === "string" ? [data.exceptions] : Array.isArray(data.exceptions) ? (data.exceptions as string[]) : [];
    if (list.some((p) => normalizePhrase(p) === wanted)) return undefined;
    data.exceptions = [...list, phrase];
    return `${JSON.stringify(data, null, 2)}\n`;
  }
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(`${fileName} is not valid YAML: ${doc.errors[0]!.message.split("\n")[0]}`);
  const current = doc.get("exceptions");
  const list: string[] = isSeq(current) ? current.items.map((i) => String((i as { value?: unknown }).value ?? i)) : typeof current === "string" ? [current] : [];
  if (list.some((p) => normalizePhrase(p) === wanted)) return undefined;
  if (isSeq(current)) current.add(doc.createNode(phrase));
  else if (doc.contents === null) doc.contents = doc.createNode({ exceptions: [phrase] }) as never;
  else doc.set("exceptions", doc.createNode([...list, phrase]));
  return doc.toString();
}
