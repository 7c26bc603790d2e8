// The playbook as a whole, read once at build time: every principle and checklist with its front
// matter, parsed by the core, and the links between them and the rules.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { builtinRulebook, type DocumentType, type Rule } from "../../../src/core/index.ts";
import { parseChecklist, parsePrinciple, type ParsedChecklist, type ParsedPrinciple, type Role } from "../../../src/core/content/index.ts";
import { REPO_ROOT, readRepoFile } from "./repo.ts";

/** Front matter every playbook page shares, as the site uses it. */
export interface PageInfo {
  id: string;
  title: string;
  summary: string;
  /** Repository-relative path, e.g. `content/principles/make-it-easy.md`. */
  file: string;
  tags: string[];
  roles: Role[];
  documentTypes: DocumentType[];
  order: number;
}

export interface PrincipleEntry extends PageInfo {
  parsed: ParsedPrinciple;
}

export interface ChecklistEntry extends PageInfo {
  parsed: ParsedChecklist;
}

const list = <T,>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

function infoOf(file: string, data: Record<string, unknown>): PageInfo {
  const sidebar = data.sidebar as { order?: number } | undefined;
  return {
    id: String(data.id),
    title: String(data.title),
    summary: String(data.summary ?? ""),
    file,
    tags: list<string>(data.tags),
    roles: list<Role>(data.roles),
    documentTypes: list<DocumentType>(data.documentTypes),
    order: sidebar?.order ?? Number.MAX_SAFE_INTEGER,
  };
}

function filesIn(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, "content", dir))
    .filter((name) => name.endsWith(".md") && !name.startsWith("_"))
    .map((name) => `content/${dir}/${name}`);
}

// The sidebar's order: sidebar.order first, then title.
const bySidebar = (a: PageInfo, b: PageInfo) => a.order - b.order || a.title.localeCompare(b.title);

let principlesCache: PrincipleEntry[] | undefined;
export function allPrinciples(): PrincipleEntry[] {
  principlesCache ??= filesIn("principles")
    .map((file) => {
      const parsed = parsePrinciple(readRepoFile(file));
      return { ...infoOf(file, parsed.frontMatter), parsed };
    })
    .sort(bySidebar);
  return principlesCache;
}

let checklistsCache: ChecklistEntry[] | undefined;
export function allChecklists(): ChecklistEntry[] {
  checklistsCache ??= filesIn("checklists")
    .map((file) => {
      const parsed = parseChecklist(readRepoFile(file));
      return { ...infoOf(file, parsed.frontMatter), parsed };
    })
    .sort(bySidebar);
  return checklistsCache;
}

export function principleById(id: string): PrincipleEntry | undefined {
  return allPrinciples().find((p) => p.id === id);
}

/** Checklists with at least one item that links to the principle. */
export function checklistsUsing(principleId: string): ChecklistEntry[] {
  return allChecklists().filter((c) => c.parsed.items.some((item) => item.principles.includes(principleId)));
}

/** Rules that serve the principle, and those its front matter lists, in the rulebook's order. */
export function rulesEnforcing(principleId: string): Rule[] {
  const listed = new Set(list<string>(principleById(principleId)?.parsed.frontMatter.relatedRules));
  return builtinRulebook().rules.filter((rule) => rule.principle === principleId || listed.has(rule.id));
}

export function ruleById(id: string): Rule | undefined {
  return builtinRulebook().rules.find((rule) => rule.id === id);
}
