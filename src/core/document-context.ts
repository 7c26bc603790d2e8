// What a document says about itself in its front matter (`documentType: policy`,
// `audience: staff`), which wins over the config: the file knows what it is.
import { splitFrontMatter } from "./content/front-matter.ts";
import { AUDIENCES, DOCUMENT_TYPES, type Audience, type DocumentType, type LintOptions } from "./types.ts";

export interface DocumentContext {
  documentType?: DocumentType;
  audience?: Audience;
}

/** The document type and audience a Markdown file's front matter declares; none for bad or absent front matter. */
export function frontMatterContext(text: string, syntax: LintOptions["syntax"]): DocumentContext {
  if (syntax === "text" || !/^\uFEFF?---[ \t]*\r?\n/.test(text)) return {};
  let data: Record<string, unknown>;
  try {
    data = splitFrontMatter(text).data;
  } catch {
    return {};
  }
  const context: DocumentContext = {};
  if ((DOCUMENT_TYPES as readonly unknown[]).includes(data.documentType)) context.documentType = data.documentType as DocumentType;
  if ((AUDIENCES as readonly unknown[]).includes(data.audience)) context.audience = data.audience as Audience;
  return context;
}

/** The options to lint a document with: the caller's, with the front matter's context on top. */
export function documentOptions(text: string, options: LintOptions): LintOptions {
  const context = frontMatterContext(text, options.syntax);
  return context.documentType || context.audience ? { ...options, ...context } : options;
}
