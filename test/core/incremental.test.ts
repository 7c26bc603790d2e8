// The incremental linter must give exactly what lint() gives, for any document and any edit.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { builtinRulebook, extendRulebook, lint, type LintOptions, type Rulebook } from "../../src/core/index.ts";
import { chunkStarts, createIncrementalLinter } from "../../src/core/incremental.ts";
import { rule, testRulebook } from "./fixtures.ts";

const metricRules = [
  rule({ id: "test-score", kind: "metric", category: "we-centric", metric: "perspective-score", min: 90, minSentences: 2 }),
  rule({ id: "test-we-you", kind: "metric", category: "we-centric", metric: "we-you-ratio", max: 1 }),
  rule({ id: "test-proud-heading", kind: "pattern", category: "hype", patterns: ["proud"], blocks: ["heading"] }),
  rule({ id: "test-proud-list", kind: "pattern", category: "hype", patterns: ["proud"], blocks: ["list-item"] }),
  rule({
    id: "test-drop-really",
    kind: "substitution",
    category: "hype",
    swap: [{ pattern: "really", replace: "", safe: true }],
  }),
];
const rulebook: Rulebook = extendRulebook(testRulebook, metricRules);

// Building blocks chosen to stress block boundaries: fences and HTML spanning blank lines, front
// matter, lists and their continuations, link definitions, footnotes, directives.
const sentence = fc.constantFrom(
  "Refunds are given at our sole discretion.",
  "Users must sign in first.",
  "We are proud of our team.",
  "You can cancel any time.",
  "How satisfied are you with our app?",
  "This is really simple.",
  "We do this really fast, e.g. today.",
  "See [the guide][g] and [docs].",
  "A footnote[^1] here.",
  "Call us at `at our sole discretion` or <https://example.com>.",
  "Customers must read **at our sole discretion** first.",
);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(" "));
const block = fc.oneof(
  paragraph,
  paragraph.map((p) => `# ${p}`),
  paragraph.map((p) => `${p}\n===`),
  paragraph.map((p) => `- ${p}\n- ${p}`),
  paragraph.map((p) => `1. ${p}\n\n   ${p}`),
  paragraph.map((p) => `- item\n\n  ${p}\n\n      ${p}`),
  paragraph.map((p) => `> ${p}\n> ${p}`),
  paragraph.map((p) => `> ${p}\n${p}`),
  paragraph.map((p) => `\`\`\`md\n${p}\n\n${p}\n\`\`\``),
  paragraph.map((p) => `~~~~\n${p}\n\n\`\`\`\n\n${p}\n~~~~`),
  paragraph.map((p) => `- \`\`\`\n  ${p}\n\n  \`\`\``),
  paragraph.map((p) => `    ${p}\n\n    ${p}`),
  paragraph.map((p) => `<!--\n${p}\n\n${p}\n-->`),
  paragraph.map((p) => `<div>\n\n${p}\n\n</div>`),
  paragraph.map((p) => `<pre>\n${p}\n\n${p}\n</pre>`),
  paragraph.map((p) => `| a | b |\n| - | - |\n| ${p} | x |`),
  paragraph.map((p) => `<!-- outside-in-disable-next-line -->\n${p}`),
  paragraph.map((p) => `<!-- outside-in-disable test-users-must -->\n\n${p}\n\n<!-- outside-in-enable -->`),
  fc.constant("<!-- outside-in-disable-file test-we-proud -->"),
  fc.constant("[g]: https://example.com/guide\n[docs]: /docs 'Docs'"),
  fc.constant("[^1]: We are proud of this footnote."),
  fc.constant("---"),
  fc.constant("***"),
  fc.constant("```"),
);
const frontMatter = fc.constantFrom("", "---\ntitle: At our sole discretion\n\ntype: policy\n---\n\n", "+++\na = 1\n+++\n\n");
const document = fc
  .tuple(frontMatter, fc.array(block, { maxLength: 12 }), fc.constantFrom("\n\n", "\n\n\n", "\n"), fc.boolean())
  .map(([fm, blocks, sep, crlf]) => {
    const text = fm + blocks.join(sep) + "\n";
    return crlf ? text.replace(/\n/g, "\r\n") : text;
  });

const snippet = fc.constantFrom(
  "\n", "\n\n", "```", "~~~", "---", "<!--", "-->", "<pre>", "[g]: /x", "[^1]: note", "- ", "> ", "    ",
  "at our sole discretion", "users must", "We are proud", "really", ". Then", "\r\n", "\r", "x", "",
);
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 40 }), insert: snippet });

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

function check(options: LintOptions, doc: string, edits: Array<{ at: number; remove: number; insert: string }>) {
  const linter = createIncrementalLinter(options);
  let text = doc;
  expect(linter.lint(text)).toEqual(lint(text, options));
  for (const e of edits) {
    text = applyEdit(text, e);
    expect(linter.lint(text)).toEqual(lint(text, options));
  }
}

describe("incremental linting", () => {
  it("equals lint() for random documents and random edits", () => {
    fc.assert(
      fc.property(document, fc.array(edit, { maxLength: 6 }), (doc, edits) => check({ rulebook }, doc, edits)),
      { numRuns: Number(process.env.INCREMENTAL_RUNS ?? 300) },
    );
  });

  it("equals lint() with options: front-matter fields, severities, document type, plain text", () => {
    const options = fc.constantFrom<LintOptions>(
      { rulebook, frontMatterFields: ["title"] },
      { rulebook, rules: { "test-users-must": "info", "test-we-proud": "off" }, perspectiveThreshold: 99 },
      { rulebook, syntax: "text" },
      { rulebook, inlineConfig: false },
      { documentType: "policy" },
      { rulebook: builtinRulebook() },
    );
    fc.assert(fc.property(options, document, fc.array(edit, { maxLength: 4 }), check), { numRuns: Number(process.env.INCREMENTAL_RUNS ?? 200) });
  });

  it("re-lints only the chunk a keystroke changed", () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => `Paragraph ${i}: users must sign in at our sole discretion.`);
    const text = paragraphs.join("\n\n") + "\n";
    const linter = createIncrementalLinter({ rulebook });
    linter.lint(text);
    expect(linter.stats).toEqual({ chunks: 50, relinted: 50 });
    const edited = text.replace("Paragraph 25:", "Paragraph 25 x:");
    const result = linter.lint(edited);
    expect(linter.stats).toEqual({ chunks: 50, relinted: 1 });
    expect(result).toEqual(lint(edited, { rulebook }));
  });

  it("keeps a fenced code block with blank lines inside in one chunk", () => {
    const text = "Text.\n\n```\ncode\n\nmore\n```\n\n<!--\nx\n\ny\n-->\n\nEnd.\n";
    const linter = createIncrementalLinter({ rulebook });
    expect(linter.lint(text)).toEqual(lint(text, { rulebook }));
    expect(chunkStarts(text).map((at) => text.slice(at).split("\n")[0])).toEqual(["Text.", "```", "more", "<!--", "y", "End."]);
    expect(linter.stats.chunks).toBe(4);
  });

  it("merges chunks when a keystroke opens a fence, and splits them again when it closes", () => {
    const text = "One at our sole discretion.\n\nTwo.\n\nThree at our sole discretion.\n";
    const linter = createIncrementalLinter({ rulebook });
    linter.lint(text);
    const opened = text.replace("Two.", "```\nTwo.");
    expect(linter.lint(opened)).toEqual(lint(opened, { rulebook }));
    expect(linter.stats.chunks).toBe(2);
    const closed = opened.replace("Two.", "Two.\n```");
    expect(linter.lint(closed)).toEqual(lint(closed, { rulebook }));
    expect(linter.stats.chunks).toBe(3);
  });

  it("sees an HTML comment opened after a lone CR line break as still open", () => {
    const text = "Intro.\n\n<!-- a -->\r<!--\n\nUsers must hide.\n\n-->\n\nUsers must sign in.\n";
    const result = createIncrementalLinter({ rulebook }).lint(text);
    expect(result).toEqual(lint(text, { rulebook }));
    expect(result.findings.filter((f) => f.ruleId === "test-users-must").map((f) => f.start.line)).toEqual([10]);
  });
});
