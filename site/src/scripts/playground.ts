// The playground's behaviour: lint on input with the core, draw highlights, list findings with
// one-click rewrites (applied by the core's applyFixes), keep the text in the URL fragment.
import { applyFixes, lint, minimalEdit, placeholdersAfter, type Finding } from "../../../src/core/index.ts";

const FRAGMENT_KEY = "text";

/** The text stored in a location hash such as `#text=Users%20must…`. */
export function textFromHash(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  return params.get(FRAGMENT_KEY) ?? "";
}

export function hashForText(text: string): string {
  return text ? `#${new URLSearchParams({ [FRAGMENT_KEY]: text })}` : "";
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The text with each finding wrapped in <mark>; overlapping findings share one mark. */
function drawHighlights(target: HTMLElement, text: string, findings: Finding[]) {
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

export function startPlayground(root: HTMLElement) {
  const input = root.querySelector<HTMLTextAreaElement>("[data-input]")!;
  const highlights = root.querySelector<HTMLElement>("[data-highlights]")!;
  const backdrop = highlights.parentElement!;
  const score = root.querySelector<HTMLElement>("[data-score]")!;
  const counts = root.querySelector<HTMLElement>("[data-counts]")!;
  const list = root.querySelector<HTMLOListElement>("[data-findings]")!;
  const empty = root.querySelector<HTMLElement>("[data-empty]")!;
  const status = root.querySelector<HTMLElement>("[data-status]")!;

  const describe = (finding: Finding, index: number) => {
    const fixes = element("div", { className: "fixes" });
    for (const suggestion of finding.suggestions) {
      const button = element("button", { type: "button" }, `Apply: ${suggestion.title}`);
      button.dataset.apply = String(index);
      button.addEventListener("click", () => {
        const before = input.value;
        const after = applyFixes(before, suggestion.edits).output;
        // One edit through the browser's own editing, so Ctrl+Z undoes it like typing.
        const edit = minimalEdit(before, after);
        input.focus();
        if (edit) {
          input.setSelectionRange(edit.range.start, edit.range.end);
          if (!document.execCommand("insertText", false, edit.text)) input.setRangeText(edit.text, edit.range.start, edit.range.end, "end");
        }
        // A placeholder asks the writer for a fact: select it, ready to type over.
        const [place] = placeholdersAfter(suggestion);
        if (place) input.setSelectionRange(place.start, place.end);
        update();
        status.textContent = place ? `Applied: ${suggestion.title}. Type the missing fact over the selected placeholder.` : `Applied: ${suggestion.title}.`;
      });
      fixes.append(button);
    }
    const rule = element("a", { href: `/rules/${finding.ruleId}/` }, finding.ruleId);
    const item = element(
      "li",
      {},
      element("p", { className: "where" }, `Line ${finding.start.line}, ${finding.severity} · `, rule),
      element("p", {}, element("span", { className: "excerpt" }, finding.excerpt)),
      element("p", { className: "message" }, finding.message),
    );
    if (finding.suggestions.length > 0) item.append(fixes);
    item.dataset.ruleId = finding.ruleId;
    return item;
  };

  // Long texts take a while to lint: then lint once typing pauses, keeping the backdrop in step meanwhile.
  const SLOW_MS = 50;
  let lastCost = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;

  function update() {
    clearTimeout(pending);
    const started = performance.now();
    const text = input.value;
    const result = lint(text);
    lastCost = performance.now() - started;
    drawHighlights(highlights, text, result.findings);
    syncScroll();
    score.textContent = text.trim() ? String(Math.round(result.perspective.score)) : "–";
    const n = result.findings.length;
    counts.textContent = text.trim() ? `${n} finding${n === 1 ? "" : "s"}` : "";
    list.replaceChildren(...result.findings.map(describe));
    empty.hidden = n > 0;
    root.dataset.findings = String(n);
    history.replaceState(null, "", `${location.pathname}${location.search}${hashForText(text)}`);
  }

  function syncScroll() {
    backdrop.scrollTop = input.scrollTop;
    backdrop.scrollLeft = input.scrollLeft;
  }

  input.addEventListener("input", () => {
    status.textContent = "";
    if (lastCost < SLOW_MS) return update();
    drawHighlights(highlights, input.value, []);
    clearTimeout(pending);
    pending = setTimeout(update, 250);
  });
  input.addEventListener("scroll", syncScroll);
  window.addEventListener("hashchange", () => {
    const text = textFromHash(location.hash);
    if (text !== input.value) {
      input.value = text;
      update();
    }
  });
  root.querySelector("[data-copy-link]")!.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = "Link copied. The text is in the link itself.";
    } catch {
      status.textContent = "Copying was blocked; copy the address bar instead.";
    }
  });
  root.querySelector("[data-clear]")!.addEventListener("click", () => {
    input.value = "";
    update();
    input.focus();
  });

  input.value = textFromHash(location.hash);
  update();
  root.dataset.ready = "true";
}
