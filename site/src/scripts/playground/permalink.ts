// The playground's state in the URL fragment, which browsers never send to a server.
import { DOCUMENT_TYPES, type DocumentType } from "../../../../src/core/index.ts";

const TEXT_KEY = "text";
const TYPE_KEY = "type";

export interface PlaygroundState {
  text: string;
  /** The chosen document type; undefined runs every rule. */
  documentType?: DocumentType;
}

/** The text stored in a location hash such as `#text=Users%20must…`. */
export function textFromHash(hash: string): string {
  return stateFromHash(hash).text;
}

export function stateFromHash(hash: string): PlaygroundState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const type = params.get(TYPE_KEY);
  const documentType = DOCUMENT_TYPES.find((t) => t === type);
  return { text: params.get(TEXT_KEY) ?? "", ...(documentType ? { documentType } : {}) };
}

export function hashForText(text: string, documentType?: DocumentType): string {
  const params = new URLSearchParams();
  if (text) params.set(TEXT_KEY, text);
  if (documentType) params.set(TYPE_KEY, documentType);
  const encoded = params.toString();
  return encoded ? `#${encoded}` : "";
}
