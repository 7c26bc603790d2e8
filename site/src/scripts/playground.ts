// The playground's behaviour: lint on input with the core, draw highlights, list findings with
// one-click rewrites (applied by the core's applyFixes and fixAll), keep text and document type
// in the URL fragment, open and download files. Every change to the text is one undo step.
import { applyFixes, fixAll, lint, placeholdersAfter, type DocumentType, type LintOptions, type Suggestion } from "../../../src/core/index.ts";
import { hashForText, stateFromHash } from "./playground/permalink.ts";
import { drawHighlights, showFinding } from "./playground/highlights.ts";
import { replaceText, undo } from "./playground/editing.ts";
import { splitFindings } from "./playground/document-findings.ts";
import { documentItem, findingItem } from "./playground/findings-view.ts";
import { readTextFile } from "./playground/open-file.ts";
import { downloadName, downloadText } from "./playground/download.ts";

export { hashForText, textFromHash } from "./playground/permalink.ts";

export function startPlayground(root: HTMLElement) {
  const find = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const input = find<HTMLTextAreaElement>("[data-input]");
  const highlights = find("[data-highlights]");
  const backdrop = highlights.parentElement!;
  const score = find("[data-score]");
  const counts = find("[data-counts]");
  const documentList = find<HTMLUListElement>("[data-document-findings]");
  const list = find<HTMLOListElement>("[data-findings]");
  const empty = find("[data-empty]");
  const status = find("[data-status]");
  const typeChoice = find<HTMLSelectElement>("[data-document-type]");
  const filePicker = find<HTMLInputElement>("[data-file-input]");
  let openedName: string | undefined;

  const options = (): LintOptions => (typeChoice.value ? { documentType: typeChoice.value as DocumentType } : {});

  const apply = (suggestion: Suggestion) => {
    replaceText(input, applyFixes(input.value, suggestion.edits).output);
    // A placeholder asks the writer for a fact: select it, ready to type over.
    const [place] = placeholdersAfter(suggestion);
    if (place) input.setSelectionRange(place.start, place.end);
    update();
    status.textContent = place ? `Applied: ${suggestion.title}. Type the missing fact over the selected placeholder.` : `Applied: ${suggestion.title}.`;
  };
  const actions = { apply, show: (finding: Parameters<typeof showFinding>[2], index: number) => showFinding(input, highlights, finding, index) };

  // Long texts take a while to lint: then lint once typing pauses, keeping the backdrop in step meanwhile.
  const SLOW_MS = 50;
  let lastCost = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;

  function update() {
    clearTimeout(pending);
    const started = performance.now();
    const text = input.value;
    const result = lint(text, options());
    lastCost = performance.now() - started;
    const { sentence, document: whole } = splitFindings(result.findings);
    drawHighlights(highlights, text, sentence);
    syncScroll();
    const n = result.findings.length;
    score.textContent = text.trim() ? String(Math.round(result.perspective.score)) : "–";
    // The separator is part of the text, so the summary reads "/ 100, 2 findings", never "1002".
    counts.textContent = text.trim() ? `, ${n} finding${n === 1 ? "" : "s"}` : "";
    documentList.replaceChildren(...whole.map(documentItem));
    list.replaceChildren(...sentence.map((finding, index) => findingItem(finding, index, actions)));
    empty.hidden = n > 0;
    // Not data-findings: that names the list, and "[data-findings] li" must match only its items.
    root.dataset.findingCount = String(n);
    history.replaceState(null, "", `${location.pathname}${location.search}${hashForText(text, options().documentType)}`);
  }

  function syncScroll() {
    backdrop.scrollTop = input.scrollTop;
    backdrop.scrollLeft = input.scrollLeft;
  }

  async function open(file: File | undefined) {
    if (!file) return;
    const opened = await readTextFile(file);
    if (!opened.ok) {
      status.textContent = opened.message;
      return;
    }
    replaceText(input, opened.text);
    openedName = opened.name;
    input.setSelectionRange(0, 0);
    input.scrollTop = 0;
    update();
    status.textContent = `Opened ${opened.name}. Undo brings back the text you had before.`;
  }

  input.addEventListener("input", () => {
    status.textContent = "";
    if (lastCost < SLOW_MS) return update();
    drawHighlights(highlights, input.value, []);
    clearTimeout(pending);
    pending = setTimeout(update, 250);
  });
  input.addEventListener("scroll", syncScroll);
  typeChoice.addEventListener("change", update);
  window.addEventListener("hashchange", () => {
    const state = stateFromHash(location.hash);
    typeChoice.value = state.documentType ?? "";
    if (state.text !== input.value) replaceText(input, state.text);
    update();
  });
  find("[data-copy-link]").addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = "Link copied. The text is in the link itself.";
    } catch {
      status.textContent = "Copying was blocked; copy the address bar instead.";
    }
  });
  find("[data-clear]").addEventListener("click", () => {
    replaceText(input, "");
    update();
    status.textContent = "Cleared. Undo brings the text back.";
  });
  find("[data-undo]").addEventListener("click", () => {
    const undone = undo(input);
    update();
    status.textContent = undone ? "Undone." : "Nothing to undo.";
  });
  find("[data-apply-all]").addEventListener("click", () => {
    const fixed = fixAll(input.value, options());
    if (fixed.fixed === 0) {
      status.textContent = "No safe rewrites to apply: the remaining findings need your judgement.";
      return;
    }
    replaceText(input, fixed.output);
    update();
    status.textContent = `Applied ${fixed.fixed} safe rewrite${fixed.fixed === 1 ? "" : "s"}. Undo takes them all back.`;
  });
  find("[data-download]").addEventListener("click", () => {
    const name = downloadName(openedName);
    downloadText(input.value, name);
    status.textContent = `Downloaded ${name}.`;
  });
  find("[data-open]").addEventListener("click", () => filePicker.click());
  filePicker.addEventListener("change", () => {
    void open(filePicker.files?.[0]);
    filePicker.value = "";
  });
  // Files dropped anywhere on the playground open; anything else dropped (text) behaves as usual.
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
  root.addEventListener("dragover", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    root.classList.add("dropping");
  });
  root.addEventListener("dragleave", () => root.classList.remove("dropping"));
  root.addEventListener("drop", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    root.classList.remove("dropping");
    void open(event.dataTransfer!.files[0]);
  });

  const initial = stateFromHash(location.hash);
  typeChoice.value = initial.documentType ?? "";
  input.value = initial.text;
  update();
  root.dataset.ready = "true";
}
