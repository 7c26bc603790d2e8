// File-system errors in the few words a user acts on, the same wherever the CLI meets one.
const REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOENT: "no such file or folder",
  EISDIR: "is a folder",
  ENOTDIR: "a part of the path is not a folder",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  ELOOP: "too many symbolic links",
};

/** "permission denied", not "EACCES: permission denied, open '/x'"; the caller names the path. */
export function ioReason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return (code && REASONS[code]) ?? (code ? `${code}: ${String(message).split(",")[0]}` : String(message));
}

/** True for an error from the file system that names its path. */
export function isPathError(error: unknown): error is NodeJS.ErrnoException & { path: string } {
  return typeof (error as NodeJS.ErrnoException)?.code === "string" && typeof (error as NodeJS.ErrnoException).path === "string";
}
