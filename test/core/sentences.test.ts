import { describe, expect, it } from "vitest";
import { buildProseView } from "../../src/core/markdown/prose-view.ts";
import { splitSentences, sentenceRanges } from "../../src/core/text/sentences.ts";
import { detectActor } from "../../src/core/text/actor.ts";
import { findMentions } from "../../src/core/text/mentions.ts";

const sentencesOf = (text: string) => splitSentences(buildProseView(text)).map((s) => s.text);

describe("sentence splitting", () => {
  it("splits at terminal punctuation followed by a capital", () => {
    expect(sentencesOf("We ship today. You get a receipt! Is that clear? Yes.")).toEqual([
      "We ship today.", "You get a receipt!", "Is that clear?", "Yes.",
    ]);
  });
  it("does not split after abbreviations or initials", () => {
    expect(sentencesOf("Bring ID, e.g. a passport. Ask Dr. Smith or J. Doe about it.")).toEqual([
      "Bring ID, e.g. a passport.", "Ask Dr. Smith or J. Doe about it.",
    ]);
  });
  it("never crosses a block boundary", () => {
    expect(sentencesOf("# Refunds\n\nYou can cancel\n\n- one item\n- two")).toEqual(["Refunds", "You can cancel", "one item", "two"]);
  });
  it("drops ranges without letters", () => {
    expect(sentenceRanges("... 123 !")).toEqual([]);
  });
});

describe("sentence context", () => {
  it("marks questions, blocks and actors", () => {
    const [heading, question] = splitSentences(buildProseView("# Our vision\n\nHow satisfied are you?"));
    expect(heading).toMatchObject({ block: "heading", isQuestion: false });
    expect(question).toMatchObject({ block: "paragraph", isQuestion: true });
  });
  it.each([
    ["We will email you.", "company"],
    ["Our team reviews refunds.", "company"],
    ["You can cancel any time.", "reader"],
    ["If you cancel, we refund the rest of the month.", "company"],
    ["Users must verify their email.", "third-party"],
    ["Refunds take five days.", "none"],
  ])("%s -> %s", (sentence, actor) => {
    expect(detectActor(sentence)).toBe(actor);
  });
});

describe("mentions", () => {
  it("treats short quotes as mentions", () => {
    const text = `Avoid the word "must" and 'sole discretion' and “shall”.`;
    expect(findMentions(text).map((m) => text.slice(m.start, m.end))).toEqual(['"must"', "'sole discretion'", "“shall”"]);
  });
  it("does not treat apostrophes or long quotes as mentions", () => {
    expect(findMentions("We don't know; it's the customers' call.")).toEqual([]);
    expect(findMentions('She said "we will decide this at our sole discretion, as always".')).toEqual([]);
  });
});
