// Document text quoted in a message reaches terminals and CI logs: control characters there could
// move the cursor, recolour the output or reorder what the reader sees.
const UNPRINTABLE = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** `text` with whitespace runs as one space and control and direction-override characters removed. */
export function printable(text: string): string {
  return text.replace(/\s+/g, " ").replace(UNPRINTABLE, "").trim();
}
