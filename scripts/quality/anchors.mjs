// The anchors every quality run scores beside Outside-In: a naive keyword regex, write-good and
// alex. Each answers one question per sentence: does it flag anything?
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import writeGood from "write-good";
import { markdown as alexMarkdown } from "alex";

const require = createRequire(import.meta.url);
const version = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")).version;

// Words that often mark company-side framing, with no context at all: the floor to beat.
const NAIVE = /\b(?:we|our|us|must|shall|required|revenue|conversion|users)\b/i;

/** name -> (sentence) => flagged */
export const ANCHORS = {
  "naive keyword baseline": (text) => NAIVE.test(text),
  [`write-good ${version("write-good")}`]: (text) => writeGood(text).length > 0,
  [`alex ${version("alex")}`]: (text) => alexMarkdown(text).messages.length > 0,
};
