// The content parser's public API: principles, checklists, outlines, links and front-matter schemas.
// Pure TypeScript with no Node imports, so the site can run it in the browser.
export { parsePrinciple, PRINCIPLE_SECTIONS, type ParsedPrinciple, type PrinciplePair, type ListEntry } from "./principle.ts";
export { parseChecklist, principleIdOf, type ParsedChecklist, type ChecklistItem } from "./checklist.ts";
export { parseOutline, findSection, type DocumentOutline, type Section } from "./sections.ts";
export { findLinks, linksIn, isInternalLink, resolveLink, type MarkdownLink } from "./links.ts";
export { validateFrontMatter, isoDate, type ContentKind, type FieldIssue, type SchemaContext } from "./schema.ts";
export { SEED_THEMES, uncoveredThemes, type SeedTheme } from "./themes.ts";
export { parseDoDont, type DoDontItem, type ExampleText } from "./do-dont.ts";
export { splitFrontMatter, FrontMatterError, type FrontMatterFile } from "./front-matter.ts";
export { ROLES, ROLE_LABELS, type Role } from "./roles.ts";
export { citationOf, type Citation } from "./sources.ts";
