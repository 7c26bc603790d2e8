// Reads a file to lint, refusing what the linter cannot handle with a message that says why.
import { readFileSync, statSync } from "node:fs";
import { ioReason } from "./io-error.ts";

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export type SourceFile =
  | { ok: true; text: string; bytes: Buffer }
  | { ok: false; message: string };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/** UTF-16 text without a byte-order mark: NUL bytes on one side of every pair and none on the other. */
function looksLikeUtf16(head: Buffer): boolean {
  const zeros = [0, 0];
  for (let i = 0; i < head.length; i++) if (head[i] === 0) zeros[i % 2]!++;
  const pairs = head.length >> 1;
  return pairs >= 2 && Math.min(zeros[0]!, zeros[1]!) === 0 && Math.max(zeros[0]!, zeros[1]!) >= pairs / 2;
}

/** Decodes bytes as UTF-8 text, or says why they are not. */
export function decodeSource(bytes: Buffer): SourceFile {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: "skipped: the file is UTF-16; save it as UTF-8 to lint it" };
  }
  if (looksLikeUtf16(bytes.subarray(0, 8000))) return { ok: false, message: "skipped: the file is UTF-16; save it as UTF-8 to lint it" };
  if (bytes.subarray(0, 8000).includes(0)) return { ok: false, message: "skipped: binary file (it contains NUL bytes)" };
  try {
    return { ok: true, text: decoder.decode(bytes), bytes };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, Math.max(at, 0)).filter((b) => b === 0x0a).length + 1;
    return { ok: false, message: `skipped: not valid UTF-8 (first bad byte at offset ${at}, line ${line}); convert it to UTF-8 to lint it` };
  }
}

/** Why a source of `size` bytes is too large to lint, or undefined when it is not. */
export function sizeProblem(size: number, maxFileSize: number, subject = megabytes(size)): string | undefined {
  return size > maxFileSize ? `skipped: ${subject} is over the ${megabytes(maxFileSize)} limit (raise it with --max-file-size)` : undefined;
}

/** Reads and decodes a file; never throws. */
export function readSource(file: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): SourceFile {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { ok: false, message: "skipped: not a regular file" };
    const tooLarge = sizeProblem(stat.size, maxFileSize);
    if (tooLarge) return { ok: false, message: tooLarge };
    return decodeSource(readFileSync(file));
  } catch (error) {
    return { ok: false, message: `cannot be read: ${ioReason(error)}` };
  }
}
