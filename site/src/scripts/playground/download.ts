// Saving the field's text as a file: a Blob behind a temporary download link.
const DEFAULT_NAME = "draft.md";
let lastUrl: string | undefined;

/** The opened file's own name, or a plain default for typed text. */
export function downloadName(openedName: string | undefined): string {
  const safe = openedName?.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").trim();
  return safe || DEFAULT_NAME;
}

export function downloadText(text: string, fileName: string) {
  // The previous download has started by now; its URL can go.
  if (lastUrl) URL.revokeObjectURL(lastUrl);
  lastUrl = URL.createObjectURL(new Blob([text], { type: "text/markdown;charset=utf-8" }));
  const link = Object.assign(document.createElement("a"), { href: lastUrl, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
}
