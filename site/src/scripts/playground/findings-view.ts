// How one finding reads on the page: in the list (with "show in text" and its rewrites) or, for a
// finding about the whole document, in the summary.
import type { Finding, Suggestion } from "../../../../src/core/index.ts";
import { element } from "./dom.ts";

export interface FindingActions {
  show: (finding: Finding, index: number) => void;
  apply: (suggestion: Suggestion) => void;
}

function ruleLink(finding: Finding) {
  return element("a", { href: `/rules/${finding.ruleId}/` }, finding.ruleId);
}

/** A list item for a finding on particular words. */
export function findingItem(finding: Finding, index: number, actions: FindingActions): HTMLLIElement {
  // The excerpt is the control that jumps to the words; its spoken name starts with what it does.
  const show = element("button", { type: "button", className: "excerpt" }, element("span", { className: "visually-hidden" }, "Show in text: "), finding.excerpt);
  show.addEventListener("click", () => actions.show(finding, index));
  const item = element(
    "li",
    {},
    element("p", { className: "where" }, `Line ${finding.start.line}, ${finding.severity} · `, ruleLink(finding)),
    element("p", {}, show),
    element("p", { className: "message" }, finding.message),
  );
  if (finding.suggestions.length > 0) {
    const fixes = element("div", { className: "fixes" });
    for (const suggestion of finding.suggestions) {
      const button = element("button", { type: "button" }, `Apply: ${suggestion.title}`);
      button.addEventListener("click", () => actions.apply(suggestion));
      fixes.append(button);
    }
    item.append(fixes);
  }
  item.dataset.ruleId = finding.ruleId;
  return item;
}

/** A summary line for a finding about the whole document. */
export function documentItem(finding: Finding): HTMLLIElement {
  const item = element("li", {}, `${finding.message} (`, ruleLink(finding), ")");
  item.dataset.ruleId = finding.ruleId;
  return item;
}
