// Checklist progress: ticks saved in localStorage under one key per checklist, as a list of item ids.
// Several tabs may show the same checklist: each write changes only its own item in what is stored,
// and each tab redraws when another one writes.
export const storageKey = (checklistId: string) => `outside-in:checklist:${checklistId}`;

interface ChecklistData {
  title: string;
  items: Array<{ id: string; text: string; group?: string }>;
}

function load(checklistId: string): Set<string> {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(storageKey(checklistId)) ?? "[]");
    return new Set(Array.isArray(saved) ? saved.filter((id): id is string => typeof id === "string") : []);
  } catch {
    return new Set(); // unreadable or blocked storage: start empty
  }
}

function save(checklistId: string, done: Set<string>) {
  try {
    if (done.size === 0) localStorage.removeItem(storageKey(checklistId));
    else localStorage.setItem(storageKey(checklistId), JSON.stringify([...done]));
  } catch {
    // Storage full or disabled: ticks still work for this visit.
  }
}

/** Ticks or unticks one item in storage, keeping whatever other tabs saved; returns the new set. */
function saveTick(checklistId: string, itemId: string, ticked: boolean): Set<string> {
  let done = load(checklistId);
  if (ticked) done.add(itemId);
  else done.delete(itemId);
  save(checklistId, done);
  return done;
}

/** The checklist as a GFM task list, with the current ticks. */
export function checklistMarkdown(data: ChecklistData, done: Set<string>): string {
  const lines = [`# ${data.title}`];
  let group: string | undefined;
  for (const item of data.items) {
    if (item.group && item.group !== group) lines.push("", `## ${item.group}`, "");
    group = item.group;
    lines.push(`- [${done.has(item.id) ? "x" : " "}] ${item.text}`);
  }
  return lines.join("\n") + "\n";
}

function enhance(page: HTMLElement) {
  const checklistId = page.dataset.checklist!;
  const panel = page.querySelector<HTMLElement>("[data-checklist-progress]")!;
  const data = JSON.parse(panel.querySelector("[data-checklist-data]")!.textContent!) as ChecklistData;
  const boxes = [...page.querySelectorAll<HTMLInputElement>("input.checklist-box")];
  const doneCount = panel.querySelector<HTMLElement>("[data-done]")!;
  const progress = panel.querySelector("progress")!;
  const status = panel.querySelector<HTMLElement>("[data-status]")!;
  let done = load(checklistId);

  const render = () => {
    for (const box of boxes) box.checked = done.has(box.dataset.itemId!);
    const count = boxes.filter((box) => box.checked).length;
    doneCount.textContent = String(count);
    progress.value = count;
  };
  for (const box of boxes) {
    // The item's text toggles its box, as a <label> would (links inside it still navigate).
    box.parentElement?.querySelector(".checklist-label")?.addEventListener("click", (event) => {
      if ((event.target as Element).closest("a")) return;
      box.click();
    });
    box.addEventListener("change", () => {
      done = saveTick(checklistId, box.dataset.itemId!, box.checked);
      render();
    });
  }
  // Another tab ticked, unticked or reset this checklist (key null: all storage was cleared).
  window.addEventListener("storage", (event) => {
    if (event.key !== null && event.key !== storageKey(checklistId)) return;
    done = load(checklistId);
    render();
  });
  panel.querySelector("[data-reset]")!.addEventListener("click", () => {
    done = new Set();
    save(checklistId, done);
    render();
    status.textContent = "Progress cleared.";
  });
  panel.querySelector("[data-copy]")!.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(checklistMarkdown(data, done));
      status.textContent = "Copied as Markdown.";
    } catch {
      status.textContent = "Copying was blocked by the browser.";
    }
  });
  render();
  page.classList.add("enhanced");
  panel.hidden = false;
}

export function enhanceChecklists(root: ParentNode) {
  root.querySelectorAll<HTMLElement>("[data-checklist]").forEach(enhance);
}
