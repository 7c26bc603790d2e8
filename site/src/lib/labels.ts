// How the site names document types and roles in filters and headings.
import { DOCUMENT_TYPES, type DocumentType } from "../../../src/core/index.ts";
import { ROLE_LABELS, type Role } from "../../../src/core/content/index.ts";

const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  policy: "Policies and terms",
  spec: "Product specs",
  survey: "Surveys",
  support: "Support replies",
  help: "Help pages",
  "release-notes": "Release notes",
  marketing: "Marketing",
  internal: "Internal documents",
  any: "Any document",
};

export const documentTypeLabel = (type: DocumentType) => DOCUMENT_TYPE_LABELS[type];
export const roleLabel = (role: Role) => ROLE_LABELS[role];
export const roleRoute = (role: Role) => `/for/${role}/`;
export const documentTypeRoute = (type: DocumentType) => `/documents/${type}/`;

/** The document types some principle or checklist is tagged with ("any" is not a tag). */
export const taggedDocumentTypes = (): DocumentType[] => DOCUMENT_TYPES.filter((t) => t !== "any");
