// Writes fixed text back atomically: temp file + rename, with the file's mode and owner, and only
// if nobody else changed the file since we read it. Line endings and the BOM are kept by the
// core's applyFixes. What a rename cannot keep (hard links, a read-only mark) is refused instead.
import { accessSync, chmodSync, chownSync, constants, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** A fix that was not written, for a reason the message gives; the file is untouched. */
export class FixRefusedError extends Error {
  override name = "FixRefusedError";
}

/** The file changed on disk between reading and writing (another run, or an editor). */
export class FileChangedError extends FixRefusedError {
  override name = "FileChangedError";
}

let counter = 0;

function isWritable(file: string, mode: number): boolean {
  // Root may write anything; a file with no write bit at all was still marked read-only by someone.
  if ((mode & 0o222) === 0) return false;
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Why `file` must not be replaced, or undefined when it may be. */
function refusal(target: string): string | undefined {
  const { mode, nlink } = statSync(target);
  if (!isWritable(target, mode)) return "not fixed: the file is read-only; make it writable to fix it";
  if (nlink > 1) return `not fixed: the file has ${nlink} hard links, and writing a new copy would break them; apply the fixes from --fix-dry-run instead`;
  return undefined;
}

/** Replaces `file` with `output` if its bytes still equal `original`. Throws FixRefusedError if it may not. */
export function writeFixedFile(file: string, original: Buffer, output: string): void {
  // Write through a symbolic link to its target, so the link itself survives.
  const target = realpathSync(file);
  const refused = refusal(target);
  if (refused) throw new FixRefusedError(refused);
  if (!readFileSync(target).equals(original)) {
    throw new FileChangedError("not fixed: the file changed on disk after it was read; run --fix again");
  }
  const { mode, uid, gid } = statSync(target);
  const temp = join(dirname(target), `.${basename(target)}.outside-in-${process.pid}-${counter++}.tmp`);
  try {
    writeFileSync(temp, output, { mode: mode & 0o7777, flag: "wx" });
    keepOwner(temp, uid, gid);
    // The umask may have narrowed the mode, and chown clears set-id bits: set it exactly.
    chmodSync(temp, mode & 0o7777);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Gives the new copy the original's owner and group, or refuses when this user may not. */
function keepOwner(temp: string, uid: number, gid: number): void {
  const copy = statSync(temp);
  if (copy.uid === uid && copy.gid === gid) return;
  try {
    chownSync(temp, uid, gid);
  } catch {
    throw new FixRefusedError("not fixed: the file belongs to another user or group, and a new copy would change that; fix it as its owner");
  }
}
