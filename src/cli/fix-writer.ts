// Writes fixed text back atomically: temp file + rename, same mode, and only if nobody else changed
// the file since we read it. Line endings and the BOM are kept by the core's applyFixes.
import { chmodSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export class FileChangedError extends Error {
  override name = "FileChangedError";
}

let counter = 0;

/** Replaces `file` with `output` if its bytes still equal `original`. Throws FileChangedError if not. */
export function writeFixedFile(file: string, original: Buffer, output: string): void {
  // Write through a symbolic link to its target, so the link itself survives.
  const target = realpathSync(file);
  const current = readFileSync(target);
  if (!current.equals(original)) {
    throw new FileChangedError(`not fixed: the file changed on disk after it was read; run --fix again`);
  }
  const { mode } = statSync(target);
  const temp = join(dirname(target), `.${basename(target)}.outside-in-${process.pid}-${counter++}.tmp`);
  try {
    writeFileSync(temp, output, { mode: mode & 0o7777, flag: "wx" });
    // The umask may have narrowed the mode; set it exactly.
    chmodSync(temp, mode & 0o7777);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
