// Changing the field's text through the browser's own editing, so Ctrl+Z and the Undo button take
// every change back like typing.
import { minimalEdit, type TextEdit } from "../../../../src/core/index.ts";

/** Turns the field's text into `after` as one undoable step; returns the edit made, if any. */
export function replaceText(input: HTMLTextAreaElement, after: string): TextEdit | undefined {
  const edit = minimalEdit(input.value, after);
  if (!edit) return undefined;
  input.focus({ preventScroll: true });
  input.setSelectionRange(edit.range.start, edit.range.end);
  if (edit.text) document.execCommand("insertText", false, edit.text);
  else document.execCommand("delete");
  // Without execCommand the change still happens, only outside the undo history.
  if (input.value !== after) {
    input.setRangeText(after, 0, input.value.length, "end");
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
  return edit;
}

/** Undoes the field's last change; false when there was nothing to undo. */
export function undo(input: HTMLTextAreaElement): boolean {
  const before = input.value;
  input.focus({ preventScroll: true });
  document.execCommand("undo");
  return input.value !== before;
}
