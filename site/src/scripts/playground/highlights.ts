// The backdrop behind the textarea: each finding's words wrapped in <mark>, and bringing one into view.
import type { Finding } from "../../../../src/core/index.ts";
import { element } from "./dom.ts";

/** The text with each finding wrapped in <mark>; overlapping findings share one mark. */
export function drawHighlights(target: HTMLElement, text: string, findings: readonly Finding[]) {
  const ranges = findings
    .map((f, index) => ({ start: f.range.start, end: Math.max(f.range.end, f.range.start + 1), index }))
    .sort((a, b) => a.start - b.start);
  const nodes: Node[] = [];
  let at = 0;
  for (let i = 0; i < ranges.length; ) {
    const first = ranges[i]!;
    let end = first.end;
    const indexes = [first.index];
    for (i++; i < ranges.length && ranges[i]!.start < end; i++) {
      end = Math.max(end, ranges[i]!.end);
      indexes.push(ranges[i]!.index);
    }
    const start = Math.max(first.start, at);
    nodes.push(document.createTextNode(text.slice(at, start)));
    const mark = element("mark", {}, text.slice(start, end));
    mark.dataset.findings = indexes.join(" ");
    nodes.push(mark);
    at = end;
  }
  // A trailing newline needs something after it, or the backdrop is one line short.
  nodes.push(document.createTextNode(text.slice(at) + "\u200b"));
  target.replaceChildren(...nodes);
}

/** Selects a finding's words in the field, scrolls them into sight and outlines their mark. */
export function showFinding(input: HTMLTextAreaElement, highlights: HTMLElement, finding: Finding, index: number) {
  for (const old of highlights.querySelectorAll("mark.active")) old.classList.remove("active");
  const mark = [...highlights.querySelectorAll<HTMLElement>("mark")].find((m) => m.dataset.findings?.split(" ").includes(String(index)));
  input.focus({ preventScroll: true });
  input.setSelectionRange(finding.range.start, finding.range.end);
  if (!mark) return;
  mark.classList.add("active");
  // The backdrop has the field's exact layout, so the mark's offset is where the words sit in the field.
  input.scrollTop = Math.max(0, mark.offsetTop - input.clientHeight / 3);
  highlights.parentElement!.scrollTop = input.scrollTop;
  mark.scrollIntoView({ block: "nearest" });
}
