// Filters /do-and-dont/ by document type and category. The full list is the page without
// JavaScript; this shows the controls, hides what does not match and keeps the choice in the URL.
const FILTERS = [
  { param: "type", select: "#filter-type", attribute: "documentTypes" },
  { param: "category", select: "#filter-category", attribute: "categories" },
] as const;

/** True when a pair's space-separated values include the chosen one, or nothing is chosen. */
export function matches(values: string | undefined, chosen: string): boolean {
  return chosen === "" || (values ?? "").split(" ").includes(chosen);
}

export function enhancePairFilters(root: Document): void {
  const form = root.querySelector<HTMLFormElement>("[data-pair-filters]");
  const count = root.querySelector<HTMLElement>("[data-pair-count]");
  const empty = root.querySelector<HTMLElement>("[data-pair-empty]");
  if (!form || !count) return;
  const selects = FILTERS.map((f) => ({ ...f, element: root.querySelector<HTMLSelectElement>(f.select)! }));
  const pairs = [...root.querySelectorAll<HTMLElement>("[data-pair]")];

  // Starts from the URL, so a filtered view can be shared; unknown values fall back to "All".
  const params = new URLSearchParams(root.defaultView?.location.search ?? "");
  for (const s of selects) {
    const wanted = params.get(s.param) ?? "";
    s.element.value = [...s.element.options].some((o) => o.value === wanted) ? wanted : "";
  }

  const apply = () => {
    let shown = 0;
    for (const pair of pairs) {
      const visible = selects.every((s) => matches(pair.dataset[s.attribute], s.element.value));
      pair.hidden = !visible;
      if (visible) shown++;
    }
    for (const group of root.querySelectorAll<HTMLElement>("[data-pair-group]")) {
      group.hidden = !group.querySelector("[data-pair]:not([hidden])");
    }
    const total = pairs.length;
    count.textContent = shown === total ? `Showing all ${total} pairs.` : `Showing ${shown} of ${total} pairs.`;
    if (empty) empty.hidden = shown > 0;
    const url = new URL(root.defaultView!.location.href);
    for (const s of selects) {
      if (s.element.value) url.searchParams.set(s.param, s.element.value);
      else url.searchParams.delete(s.param);
    }
    root.defaultView!.history.replaceState(null, "", url);
  };

  form.addEventListener("change", apply);
  form.addEventListener("submit", (event) => event.preventDefault());
  form.hidden = false;
  apply();
}
