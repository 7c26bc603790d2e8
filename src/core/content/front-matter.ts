// Splits a Markdown file into YAML front matter and body, without Node APIs (runs in the browser).
import { parse as parseYaml } from "yaml";

export interface FrontMatterFile {
  data: Record<string, unknown>;
  body: string;
  /** Offset of `body` in the original text. */
  bodyOffset: number;
}

export class FrontMatterError extends Error {}

const FENCE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/** Reads `---` fenced YAML at the top of a file. Throws FrontMatterError when it is malformed. */
export function splitFrontMatter(text: string): FrontMatterFile {
  const match = FENCE.exec(text);
  if (!match || match.index !== 0) {
    if (/^\uFEFF?---[ \t]*\r?\n/.test(text)) throw new FrontMatterError("front matter opens with --- but never closes");
    return { data: {}, body: text, bodyOffset: 0 };
  }
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? "", { prettyErrors: true }) ?? {};
  } catch (error) {
    throw new FrontMatterError(`front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new FrontMatterError("front matter must be a YAML mapping of fields");
  }
  const bodyOffset = match[0].length;
  return { data: data as Record<string, unknown>, body: text.slice(bodyOffset), bodyOffset };
}
