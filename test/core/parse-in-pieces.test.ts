// A document parsed in pieces (markdown/pieces.ts) must give exactly the prose view, and so the
// findings, of one whole parse. Piece sizes of a few characters cut at every allowed place.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildProseView, type ProseViewOptions } from "../../src/core/markdown/prose-view.ts";
import { parseInPieces } from "../../src/core/markdown/pieces.ts";

const options: ProseViewOptions = { frontMatterFields: ["title"] };
const whole = (text: string) => buildProseView(text, { ...options, pieceSize: Infinity });
const inPieces = (text: string, pieceSize: number) => buildProseView(text, { ...options, pieceSize });

// A policy-like document with every construct that decides where a piece may end.
const policy = `---
title: Refund policy
---

# Refunds

We give refunds at our [sole discretion][terms]. See [the guide] and [FAQ][].

- Users must ask within 30 days.
- Refunds go to the original card.

- A loose item after a blank line.

  Its second paragraph.

1. First step.
2. Second step.

> Quoted text
continues lazily.

> A second quote.

| Plan | Refund |
| ---- | ------ |
| Free | none at our sole discretion |

\`\`\`md
Code with a blank line.

Users must not see this.
\`\`\`

<!--
A comment

over blank lines
-->

<pre>
pre text

more
</pre>

<div>

Inside a div.

</div>

    indented code

Setext heading
==============

[terms]: https://example.com/terms
[the guide]: /guide
[faq]: /faq "FAQ"
`;

const longList = Array.from({ length: 200 }, (_, i) => `- Item ${i}: users must read [the guide].\n  continued line`).join("\n");

describe("parsing in pieces", () => {
  it("cuts a long document into several pieces", () => {
    const count = (text: string, size: number) => {
      const seen = new Set<number>();
      parseInPieces(text, size, (_, index) => seen.add(index));
      return seen.size;
    };
    expect(count(policy.repeat(5), 200)).toBeGreaterThan(5);
    expect(count(longList, 100)).toBeGreaterThan(5);
  });

  const documents: Record<string, string> = {
    "a policy with every block kind": policy,
    "the policy repeated": policy.repeat(4),
    "a long tight list without blank lines": `${longList}\n\n[the guide]: /guide\n`,
    "a fence left open": `Text.\n\n\`\`\`\nUsers must not show.\n\nStill code.\n`,
    "a comment left open": `Text.\n\n<!--\nUsers must not show.\n\nStill a comment.\n`,
    "front matter over a blank line": `---\ntitle: A\n\nmore: b\n---\n\nUsers must pay.\n`,
    "CRLF line ends": policy.replace(/\n/g, "\r\n"),
  };
  for (const file of readdirSync(join(import.meta.dirname, "../../samples")).filter((f) => f.endsWith(".md"))) {
    documents[`samples/${file}`] = readFileSync(join(import.meta.dirname, "../../samples", file), "utf8");
  }
  for (const [name, text] of Object.entries(documents)) {
    it(`gives the prose view of one whole parse: ${name}`, () => {
      const expected = whole(text);
      for (const size of [1, 40, 300]) expect(inPieces(text, size)).toEqual(expected);
    });
  }

  // Random documents built from the same kinds of blocks, joined with and without blank lines.
  const sentence = fc.constantFrom(
    "Users must sign in first.",
    "See [the guide][g] and [docs].",
    "A footnote[^1] here.",
    "We are proud of `code` and <https://example.com>.",
  );
  const block = fc.oneof(
    sentence,
    sentence.map((s) => `# ${s}`),
    sentence.map((s) => `${s}\n===`),
    sentence.map((s) => `- ${s}\n- ${s}`),
    sentence.map((s) => `- ${s}\n  - ${s}\n- ${s}`),
    sentence.map((s) => `1. ${s}\n\n   ${s}`),
    sentence.map((s) => `> ${s}\n${s}`),
    sentence.map((s) => `\`\`\`\n${s}\n\n${s}\n\`\`\``),
    sentence.map((s) => `- \`\`\`\n  ${s}\n\n  \`\`\``),
    sentence.map((s) => `<!--\n${s}\n\n-->`),
    sentence.map((s) => `<pre>\n${s}\n\n</pre>`),
    sentence.map((s) => `| a | b |\n| - | - |\n| ${s} | x |`),
    fc.constant("[g]: https://example.com/guide\n[docs]: /docs 'Docs'"),
    fc.constant("[^1]: A footnote."),
    fc.constantFrom("---", "* * *", "```", "<div>", "- - -"),
  );
  const document = fc
    .tuple(fc.constantFrom("", "---\ntitle: Users must pay\n---\n\n"), fc.array(block, { maxLength: 14 }), fc.constantFrom("\n\n", "\n"))
    .map(([front, blocks, gap]) => front + blocks.join(gap) + "\n");

  it("gives the prose view of one whole parse for random documents", () => {
    fc.assert(
      fc.property(document, fc.integer({ min: 1, max: 120 }), (text, size) => {
        expect(inPieces(text, size)).toEqual(whole(text));
      }),
      { numRuns: 300 },
    );
  });
});
