// Shared types of the linter core. Every front end (CLI, extension, site) speaks these.
import type { TokenPattern } from "./rules/sequence/token-spec.ts";
export type { TokenPattern, TokenSpec, TokenTest } from "./rules/sequence/token-spec.ts";
export type { Token, Tag, Pos } from "./nlp/tokens.ts";

/** How strongly a finding asks for a change. `off` disables a rule. */
export type Severity = "error" | "warning" | "info";
export type SeveritySetting = Severity | "off";

/** The nine ways writing slips into the company's perspective. */
export const CATEGORIES = [
  "obligation",
  "company-goal",
  "jargon",
  "liability",
  "survey",
  "effort",
  "evasive",
  "hype",
  "we-centric",
] as const;
export type Category = (typeof CATEGORIES)[number];

/** The kinds of document a rule can be limited to. */
export const DOCUMENT_TYPES = ["policy", "spec", "survey", "support", "help", "release-notes", "marketing", "internal", "any"] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Who a document is written for: staff documents (support playbooks, handbooks) are not the customer being told off. */
export const AUDIENCES = ["customers", "staff"] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * Who rules of each category are about, unless a rule says otherwise: telling a reader what they
 * must do, what the company will not answer for, or what work is theirs is about customers; in a
 * handbook or support playbook for staff it is not the customer being told off.
 */
export const DEFAULT_AUDIENCES: Record<Category, Audience[]> = {
  obligation: ["customers"],
  liability: ["customers"],
  effort: ["customers"],
  evasive: ["customers"],
  "company-goal": ["customers", "staff"],
  jargon: ["customers", "staff"],
  survey: ["customers", "staff"],
  hype: ["customers", "staff"],
  "we-centric": ["customers", "staff"],
};

/** The rule kinds the engine implements; a rule file picks one in its front matter. */
export const RULE_KINDS = ["substitution", "pattern", "sequence", "survey", "metric", "learned"] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** A half-open range of UTF-16 offsets into the linted text: [start, end). */
export interface OffsetRange {
  start: number;
  end: number;
}

/** A 1-based line and column position (columns count UTF-16 code units). */
export interface Position {
  line: number;
  column: number;
}

/** Replace `range` of the original text with `text`. An insertion has start === end. */
export interface TextEdit {
  range: OffsetRange;
  text: string;
}

/** A proposed rewrite: a title for menus plus the edits that perform it. */
export interface Suggestion {
  /** Short label, e.g. `Replace with "you can"`. */
  title: string;
  /** Edits against the original text; never overlapping each other. */
  edits: TextEdit[];
  /** True only when the rewrite keeps the meaning, so `--fix` may apply it unattended. */
  safe: boolean;
  /**
   * Facts the writer must supply, shown as `[how customers cancel]`: where they sit in an edit's
   * text (offsets into `edits[edit].text`, brackets included). Editors turn them into tab stops
   * or select them. A suggestion with placeholders is never safe.
   */
  placeholders?: Array<{ edit: number; start: number; end: number }>;
}

/** One problem found in a document. */
export interface Finding {
  /** The rule's id, e.g. `sole-discretion`. */
  ruleId: string;
  severity: Severity;
  category: Category;
  /** What is wrong and what to do, in one or two sentences. */
  message: string;
  /** The exact source text that was flagged. */
  excerpt: string;
  /** Offsets into the original text. */
  range: OffsetRange;
  /** 1-based start position. */
  start: Position;
  /** 1-based end position (exclusive column, like ESLint's endColumn). */
  end: Position;
  /** Rewrites, safest first. May be empty. */
  suggestions: Suggestion[];
  /** The playbook principle to read, when the finding links there rather than to its rule's page. */
  principle?: string;
}

/** Where a sentence sits in the document. */
export type BlockType =
  | "heading"
  | "paragraph"
  | "list-item"
  | "table-cell"
  | "blockquote"
  | "front-matter"
  | "image-alt";

/** Who performs the main action of a sentence, as far as a cheap parse can tell. */
export type Actor = "company" | "reader" | "third-party" | "none";

/** A sentence as rules see it: text plus context. */
export interface Sentence {
  /** The prose text of the sentence; non-prose characters (code, markup) are spaces. */
  text: string;
  /** Source offset of `text[0]`; `text[i]` sits at `start + i`. */
  start: number;
  block: BlockType;
  /** Ends with a question mark. */
  isQuestion: boolean;
  /** Who acts in the sentence's main clause. */
  actor: Actor;
  /** Ranges (sentence-relative) of quoted mentions, e.g. the word "must". Matches inside are ignored. */
  mentions: OffsetRange[];
  /** Index of the sentence in the document. */
  index: number;
}

/** The options a front end passes to `lint`. */
export interface LintOptions {
  /** The rules to run. Defaults to the built-in rulebook. */
  rulebook?: Rulebook;
  /** Per-rule severity overrides; `off` disables a rule. */
  rules?: Record<string, SeveritySetting>;
  /** The kind of document; rules limited to other kinds are skipped. Unset runs every rule. */
  documentType?: DocumentType;
  /** Who the document is for; rules written about telling customers what to do skip staff documents. */
  audience?: Audience;
  /** `markdown` (default) or `text` (plain prose, no Markdown parsing). */
  syntax?: "markdown" | "text";
  /** Front-matter fields whose values are linted as prose, e.g. ["title", "description"]. */
  frontMatterFields?: string[];
  /** The perspective threshold used by metric rules that do not set their own. */
  perspectiveThreshold?: number;
  /** Honour `<!-- outside-in-disable ... -->` comments (default true). */
  inlineConfig?: boolean;
  /** Entries added to built-in lexicons, by lexicon id (`{ "company-metrics": ["ARR"] }`). */
  lexicons?: Record<string, string[]>;
  /** Phrases the project accepts: a finding whose flagged text is one of these (ignoring case and spacing) is dropped. */
  exceptions?: string[];
  /** Probability (0.5 to 0.99) at or above which the learned layer flags a sentence; defaults to the model's own. */
  learnedThreshold?: number;
}

/** A sentence's share of the perspective score. */
export interface SentenceScore {
  range: OffsetRange;
  /** 0 (clean) to 1 (fully company-perspective). */
  penalty: number;
  /** How many points this sentence costs the document score. */
  contribution: number;
  ruleIds: string[];
}

/** A document's perspective: 100 is fully customer-side. */
export interface PerspectiveScore {
  score: number;
  sentences: number;
  perSentence: SentenceScore[];
}

/** An inline disable comment that suppressed nothing. */
export interface UnusedDisable {
  range: OffsetRange;
  start: Position;
  ruleIds: string[];
}

/** What `lint` returns. */
export interface LintResult {
  findings: Finding[];
  perspective: PerspectiveScore;
  unusedDisables: UnusedDisable[];
}

// ----- Rules -----

/** Fields every rule has, whatever its kind. */
export interface RuleBase {
  id: string;
  title: string;
  category: Category;
  severity: Severity;
  kind: RuleKind;
  /** The principle (content/principles/<id>.md) this rule serves. */
  principle: string;
  /** Document types the rule applies to. */
  appliesTo: DocumentType[];
  /** Readers the rule is about; unset means the default for its category (see DEFAULT_AUDIENCES). */
  audiences?: Audience[];
  /** Default message; `{match}` is replaced by the flagged text. */
  message: string;
  /**
   * Which finding is kept when two rules flag overlapping words: the higher priority wins
   * (default 0; a rule that refines another declares a higher one). Ties go to the more severe.
   */
  priority?: number;
  /** A project rule that takes the place of this built-in rule (by id); without it, reusing a built-in id is an error. */
  replaces?: string;
  /** Where the rule file came from, for error messages. */
  source?: string;
  /** Rendered documentation: why it matters, and examples. */
  docs?: RuleDocs;
}

/** One example from a rule's body. */
export interface RuleExample {
  text: string;
  /** For Don't examples: the expected text after applying the first suggestion, if any. */
  rewrite?: string;
}

/** A rule's explanation and examples, parsed from its Markdown body. */
export interface RuleDocs {
  /** Markdown of the "Why it matters" section. */
  why: string;
  dont: RuleExample[];
  do: RuleExample[];
}

/** Conditions on a sentence's context that gate a rule. */
export interface ContextConditions {
  /** Only in these blocks. */
  blocks?: BlockType[];
  /** Not in these blocks. */
  notBlocks?: BlockType[];
  /** Only questions (true) or only statements (false). */
  question?: boolean;
  /** Only when the sentence's actor is one of these. */
  actors?: Actor[];
}

/** One pattern-to-rewrite pair of a substitution rule. */
export interface Swap {
  /** Regular expression (validated; case-insensitive; word-bounded). */
  pattern: string;
  /** Replacement template: `$1`..`$9` are capture groups, `$&` the match. Omit for no rewrite. */
  replace?: string;
  /** Whether the replacement keeps the meaning. */
  safe?: boolean;
  /** Overrides the rule's message for this swap. */
  message?: string;
}

export interface SubstitutionRule extends RuleBase, ContextConditions {
  kind: "substitution";
  swap: Swap[];
  /** Sentences matching any of these are exempt. */
  unless?: string[];
}

export interface PatternRule extends RuleBase, ContextConditions {
  kind: "pattern";
  /** The sentence must match one of these. */
  patterns: string[];
  /** ...and all of these (anywhere in the sentence). */
  requires?: string[];
  /** ...and none of these. */
  unless?: string[];
  /** Rewrite template for the matched text. */
  replace?: string;
  safe?: boolean;
}

export interface SurveyRule extends RuleBase, ContextConditions {
  kind: "survey";
  /** Question openings that ask the respondent to judge the organisation or product. */
  asks: string[];
  /** Questions about these are about the respondent, not the company, and are exempt. */
  unless?: string[];
  /** Rewrite template for the whole question. */
  replace?: string;
}

/** The document measures a metric rule can check. */
export type MetricName = "perspective-score" | "we-you-ratio";

export interface MetricRule extends RuleBase {
  kind: "metric";
  metric: MetricName;
  /** Flag the document when the metric is below this value. */
  min?: number;
  /** Flag the document when the metric is above this value. */
  max?: number;
  /** Only measure documents with at least this many sentences. */
  minSentences?: number;
}

/** Token-pattern rules: sequences of tokens tested by word, lemma, tag, part of speech and word class. */
/** One pattern of a sequence rule, with its own rewrites when the rule's do not fit it. */
export interface SequencePattern {
  tokens: TokenPattern;
  replace?: string[];
  safe?: boolean;
}

export interface SequenceRule extends RuleBase, ContextConditions {
  kind: "sequence";
  /** The sentence must match one of these; the first that matches is reported. */
  patterns: SequencePattern[];
  /** ...and each of these somewhere in the sentence. */
  requires?: TokenPattern[];
  /** ...and none of these. */
  unless?: TokenPattern[];
  /** Rewrite templates for the matched words, best first: {slot}, {slot:participle}, [placeholder]. */
  replace?: string[];
  /** The rewrites keep the meaning (never true for a rewrite with a [placeholder]). */
  safe?: boolean;
}

/** The learned layer as a rule: a sentence classifier, reported when no other rule speaks. */
export interface LearnedRule extends RuleBase, ContextConditions {
  kind: "learned";
  /** The principle to read for each category the classifier can name. */
  principles: Record<Category, string>;
}

export type Rule = SubstitutionRule | PatternRule | SequenceRule | SurveyRule | MetricRule | LearnedRule;

/** One entry of a lexicon: a word or phrase, matched by word or lemma. */
export interface LexiconEntry {
  phrase: string;
  /** Why it belongs, or what to say instead. */
  note?: string;
}

/** A word class rules refer to by id (content/lexicons/<id>.md). */
export interface Lexicon {
  id: string;
  title: string;
  /** One line on what the words have in common. */
  description: string;
  entries: LexiconEntry[];
  /** Where the lexicon file came from, for error messages. */
  source?: string;
  docs?: RuleDocs;
}

/** The compiled set of rules and the lexicons they use. */
export interface Rulebook {
  version: 1;
  rules: Rule[];
  /** Word classes the rules refer to; none when absent. */
  lexicons?: Lexicon[];
}
