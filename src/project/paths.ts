// Path arithmetic on absolute `/` paths, without node:path (the layer also runs in a web worker).

/** The folder holding `path`; the root is its own parent. */
export function dirname(path: string): string {
  const cut = path.replace(/\/+$/, "").lastIndexOf("/");
  return cut <= 0 ? "/" : path.slice(0, cut);
}

/** The last part of `path`. */
export const basename = (path: string): string => path.replace(/\/+$/, "").split("/").pop() ?? "";

/** `base` joined with a relative (or absolute) path, with `.` and `..` resolved. */
export function resolvePath(base: string, path: string): string {
  const parts: string[] = [];
  for (const part of (path.startsWith("/") ? path : `${base}/${path}`).split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return `/${parts.join("/")}`;
}

/** `path` relative to the folder `from`, with `..` where it lies outside. */
export function relativePath(from: string, path: string): string {
  const a = from.split("/").filter(Boolean);
  const b = path.split("/").filter(Boolean);
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  return [...a.slice(same).map(() => ".."), ...b.slice(same)].join("/");
}

/** Whether `path` is `folder` or inside it. */
export const isInside = (path: string, folder: string): boolean =>
  path === folder || path.startsWith(folder.endsWith("/") ? folder : `${folder}/`);
