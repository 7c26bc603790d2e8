// Incremental linting for editors. A document is cut into chunks; each chunk's sentences, sentence
// findings and comments are cached by the chunk's text, so a keystroke parses and checks only the
// chunk it touched. What depends on the whole document (inline disable comments, the perspective
// score, metric rules, line/column positions) is recomputed from the cached pieces every time, so
// the result equals `lint(text, options)` exactly; test/core/incremental.test.ts checks this with
// random documents and random edits.
//
// Why a chunk parses alone exactly as it does inside the document: see markdown/chunks.ts.
import type { Root } from "mdast";
import { buildProseView, type HtmlComment } from "./markdown/prose-view.ts";
import { parseMarkdown } from "./markdown/parse.ts";
import { chunkStarts, closed, definitionLabels, frontMatterLeftOpen, stubs, withStubs } from "./markdown/chunks.ts";
import { splitSentences } from "./text/sentences.ts";
import { createLineIndex } from "./positions.ts";
import type { RawFinding } from "./rules/compiled-rule.ts";
import { activeRules, checkSentence, type ActiveRule } from "./active-rules.ts";
import { finishDocument, toFinding } from "./document-pass.ts";
import { documentOptions } from "./document-context.ts";
import type { Finding, LintOptions, LintResult, OffsetRange, Sentence } from "./types.ts";

export { chunkStarts };

// ----- Per-chunk analysis -----

interface ChunkRawFinding {
  rule: number;
  raw: RawFinding;
}

/** What a chunk contributes, with offsets relative to the chunk's start. */
interface ChunkAnalysis {
  sentences: Sentence[];
  findings: ChunkRawFinding[];
  comments: HtmlComment[];
  /** Link and footnote definition labels the chunk defines (`^` prefix for footnotes). */
  definitions: string[];
  /** The parser is back in its start state at the chunk's end. */
  clean: boolean;
}

function analyseChunk(
  chunkText: string,
  first: boolean,
  definitions: string,
  rules: readonly ActiveRule[],
  options: LintOptions,
): ChunkAnalysis {
  const { source, from } = withStubs(chunkText, first, definitions);
  const to = from + chunkText.length;
  const view = buildProseView(source, { syntax: options.syntax, frontMatterFields: options.frontMatterFields });
  const sentences = splitSentences(view).filter((s) => s.start >= from && s.start < to);
  const findings: ChunkRawFinding[] = [];
  for (const sentence of sentences) {
    for (const [r, raw] of checkSentence(rules, sentence, source)) findings.push({ rule: r, raw: shiftRaw(raw, -from) });
  }
  const comments = view.comments
    .filter((c) => c.range.start >= from && c.range.start < to)
    .map((c) => ({ body: c.body, range: { start: c.range.start - from, end: c.range.end - from } }));
  let labels: string[] = [];
  let clean = true;
  // Only fences, HTML, definitions and front matter can leave a chunk open or define labels;
  // chunks without their marks (most paragraphs) skip the second parse.
  const needsTree = /```|~~~|<|\]:/.test(chunkText) || (first && /^\uFEFF?(?:---|\+\+\+)/.test(chunkText));
  if (options.syntax !== "text" && needsTree) {
    const tree: Root = parseMarkdown(source);
    labels = definitionLabels(tree, from, to);
    const last = tree.children.filter((n) => (n.position?.start.offset ?? 0) < to).at(-1);
    clean = !last || closed(last, source);
    // Front matter that the chunk opens but does not close continues into the next chunk.
    if (first && frontMatterLeftOpen(chunkText, tree)) clean = false;
  }
  return {
    sentences: sentences.map((s) => ({ ...s, start: s.start - from })),
    findings,
    comments,
    definitions: labels,
    clean,
  };
}

function shiftRaw(raw: RawFinding, by: number): RawFinding {
  if (by === 0) return raw;
  return {
    ...raw,
    start: raw.start + by,
    end: raw.end + by,
    suggestions: raw.suggestions.map((s) => ({
      ...s,
      edits: s.edits.map((e) => ({ ...e, range: { start: e.range.start + by, end: e.range.end + by } })),
    })),
  };
}

// ----- The linter -----

export interface IncrementalStats {
  /** Chunks in the last linted document. */
  chunks: number;
  /** Chunks that had to be parsed and checked (cache misses) in the last call. */
  relinted: number;
}

export interface IncrementalLinter {
  /** Lints the document; equal to `lint(text, options)`. */
  lint(text: string): LintResult;
  /** Counts from the last call, for tests and benchmarks. */
  readonly stats: IncrementalStats;
}

/** Chunk analyses by chunk text. */
interface ChunkCache {
  first: Map<string, ChunkAnalysis>;
  rest: Map<string, ChunkAnalysis>;
}

/** A chunk's pieces placed at an offset in the document. */
interface Placed {
  start: number;
  line: number;
  sentenceBase: number;
  sentences: Sentence[];
  comments: HtmlComment[];
  findings: Finding[];
}

interface PlannedChunk extends OffsetRange {
  analysis: ChunkAnalysis;
}

/** A linter for one document (or one editor) with fixed options that re-lints changed chunks only. */
export function createIncrementalLinter(given: LintOptions = {}): IncrementalLinter {
  // The front matter can change the document type or audience, and with them the rules.
  let options = given;
  let rules = activeRules(options);
  let cache: ChunkCache = { first: new Map(), rest: new Map() };
  let definitions = "";
  const stats: IncrementalStats = { chunks: 0, relinted: 0 };
  // Where each chunk's pieces were last placed in the document, with the placed objects.
  let placed = new WeakMap<ChunkAnalysis, Placed>();

  function plan(text: string): PlannedChunk[] {
    // The first chunk parses differently (front matter), so it has a cache of its own.
    const used: ChunkCache = { first: new Map(), rest: new Map() };
    const analyse = (start: number, end: number): ChunkAnalysis => {
      const chunkText = text.slice(start, end);
      const from = start === 0 ? "first" : "rest";
      let analysis = used[from].get(chunkText) ?? cache[from].get(chunkText);
      if (!analysis) {
        analysis = analyseChunk(chunkText, start === 0, definitions, rules, options);
        stats.relinted++;
      }
      used[from].set(chunkText, analysis);
      return analysis;
    };
    const starts = chunkStarts(text, options.syntax);
    const chunks: PlannedChunk[] = [];
    let i = 0;
    while (i < starts.length) {
      // Grow the chunk until it ends clean (or reaches the end of the text).
      let j = i + 1;
      let analysis = analyse(starts[i]!, starts[j] ?? text.length);
      while (!analysis.clean && j < starts.length) {
        j++;
        analysis = analyse(starts[i]!, starts[j] ?? text.length);
      }
      chunks.push({ start: starts[i]!, end: starts[j] ?? text.length, analysis });
      i = j;
    }
    cache = used;
    return chunks;
  }

  function lintText(text: string): LintResult {
    stats.relinted = 0;
    const next = documentOptions(text, given);
    if (next.documentType !== options.documentType || next.audience !== options.audience) {
      options = next;
      rules = activeRules(options);
      cache = { first: new Map(), rest: new Map() };
      placed = new WeakMap();
    }
    let chunks = plan(text);
    // Definitions anywhere change how references everywhere parse: re-plan with the new set.
    const labels = stubs([...new Set(chunks.flatMap((c) => c.analysis.definitions))].sort());
    if (labels !== definitions) {
      definitions = labels;
      cache = { first: new Map(), rest: new Map() };
      placed = new WeakMap();
      chunks = plan(text);
    }
    stats.chunks = chunks.length;

    const lines = createLineIndex(text);
    const sentences: Sentence[] = [];
    const comments: HtmlComment[] = [];
    const sentenceFindings: Finding[] = [];
    for (const { start: by, analysis } of chunks) {
      // A chunk at the same offset, line and sentence number as last time (every chunk before the
      // edit) gives exactly the same objects: reuse them instead of rebuilding.
      const line = lines.position(by).line;
      let at = placed.get(analysis);
      if (!at || at.start !== by || at.line !== line || at.sentenceBase !== sentences.length) {
        const base = sentences.length;
        at = {
          start: by,
          line,
          sentenceBase: base,
          sentences: analysis.sentences.map((s, i) => ({ ...s, start: s.start + by, index: base + i })),
          comments: analysis.comments.map((c) => ({ body: c.body, range: { start: c.range.start + by, end: c.range.end + by } })),
          findings: analysis.findings.map((f) => toFinding(text, lines, rules[f.rule]!, shiftRaw(f.raw, by))),
        };
        placed.set(analysis, at);
      }
      for (const x of at.sentences) sentences.push(x);
      for (const x of at.comments) comments.push(x);
      for (const x of at.findings) sentenceFindings.push(x);
    }

    // From here on, exactly what lint() does with the whole document's pieces.
    return finishDocument({ text, lines, rules, sentences, comments, sentenceFindings, options });
  }

  return { lint: lintText, stats };
}
