// lint(): the one entry point every front end calls.
import type { Finding, LintOptions, LintResult } from "./types.ts";
import { buildProseView } from "./markdown/prose-view.ts";
import { splitSentences } from "./text/sentences.ts";
import { createLineIndex } from "./positions.ts";
import { activeRules, checkSentence } from "./active-rules.ts";
import { finishDocument, toFinding } from "./document-pass.ts";
import { documentOptions } from "./document-context.ts";

/** Lints a Markdown (or plain text) document for company-perspective writing. */
export function lint(text: string, given: LintOptions = {}): LintResult {
  const options = documentOptions(text, given);
  const lines = createLineIndex(text);
  const view = buildProseView(text, { syntax: options.syntax, frontMatterFields: options.frontMatterFields });
  const sentences = splitSentences(view);
  const rules = activeRules(options);
  const sentenceFindings: Finding[] = [];
  for (const sentence of sentences) {
    for (const [r, raw] of checkSentence(rules, sentence, text)) sentenceFindings.push(toFinding(text, lines, rules[r]!, raw));
  }
  return finishDocument({ text, lines, rules, sentences, comments: view.comments, sentenceFindings, options });
}
