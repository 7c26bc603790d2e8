// An in-memory vscode.FileSystem with the behaviour of VS Code's disk provider that the adapter
// depends on: stat and readDirectory follow links and add the SymbolicLink bit, a dangling link is
// Unknown | SymbolicLink, and a missing path throws a FileNotFound error.
import { isLink, type Tree } from "./tree.ts";

/** vscode.FileType's values (part of the stable API). */
export const FileType = { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 } as const;

/** The shape of vscode.Uri the adapter and this file system use. */
export interface MemoryUri {
  scheme: string;
  path: string;
  with(change: { path?: string }): MemoryUri;
  toString(): string;
}

export const memoryUri = (scheme: string, path: string): MemoryUri => ({
  scheme,
  path,
  with: (change) => memoryUri(scheme, change.path ?? path),
  toString: () => `${scheme}://${path}`,
});

/** What VS Code throws for a missing file (FileSystemError.FileNotFound). */
class FileSystemError extends Error {
  readonly code: string;
  constructor(code: string, uri: MemoryUri) {
    super(`${code}: ${uri.toString()}`);
    this.code = code;
  }
}

type Node = { kind: "file"; bytes: Uint8Array } | { kind: "dir" } | { kind: "link"; target: string };

const parent = (path: string): string => path.slice(0, path.lastIndexOf("/")) || "/";

function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return `/${parts.join("/")}`;
}

export class MemoryFileSystem {
  private readonly nodes = new Map<string, Node>([["/", { kind: "dir" }]]);

  /** Puts `tree` under the folder `root`. */
  constructor(root: string, tree: Tree) {
    for (const [relative, entry] of Object.entries(tree)) {
      const path = normalize(`${root}/${relative}`);
      for (let dir = parent(path); !this.nodes.has(dir); dir = parent(dir)) this.nodes.set(dir, { kind: "dir" });
      this.nodes.set(path, isLink(entry) ? { kind: "link", target: normalize(`${parent(path)}/${entry.link}`) } : { kind: "file", bytes: new TextEncoder().encode(entry) });
    }
    for (let dir = root; !this.nodes.has(dir); dir = parent(dir)) this.nodes.set(dir, { kind: "dir" });
  }

  /** `path` with every link on the way resolved; undefined for a link loop. */
  private resolveLinks(path: string, hops = 0): string | undefined {
    if (hops > 40) return undefined;
    const parts = normalize(path).split("/").filter(Boolean);
    let prefix = "";
    for (let i = 0; i < parts.length; i++) {
      prefix = `${prefix}/${parts[i]}`;
      const node = this.nodes.get(prefix);
      if (node?.kind === "link") return this.resolveLinks(`${node.target}/${parts.slice(i + 1).join("/")}`, hops + 1);
    }
    return normalize(path);
  }

  /** The node at `path`, links followed; `linked` when its last part is itself a link. */
  private lookup(path: string): { node: Node | undefined; linked: boolean } {
    const folder = this.resolveLinks(parent(normalize(path)));
    const own = folder === undefined ? undefined : normalize(`${folder}/${normalize(path).split("/").pop()}`);
    const linked = own !== undefined && this.nodes.get(own)?.kind === "link";
    const real = this.resolveLinks(path);
    return { node: real === undefined ? undefined : this.nodes.get(real), linked };
  }

  private typeOf(path: string): number {
    const { node, linked } = this.lookup(path);
    const base = node?.kind === "file" ? FileType.File : node?.kind === "dir" ? FileType.Directory : FileType.Unknown;
    return linked ? base | FileType.SymbolicLink : base;
  }

  async stat(uri: MemoryUri): Promise<{ type: number; ctime: number; mtime: number; size: number }> {
    const { node, linked } = this.lookup(uri.path);
    if (!node && !linked) throw new FileSystemError("FileNotFound", uri);
    return { type: this.typeOf(uri.path), ctime: 0, mtime: 0, size: node?.kind === "file" ? node.bytes.length : 0 };
  }

  async readFile(uri: MemoryUri): Promise<Uint8Array> {
    const { node } = this.lookup(uri.path);
    if (!node) throw new FileSystemError("FileNotFound", uri);
    if (node.kind !== "file") throw new FileSystemError("FileIsADirectory", uri);
    return node.bytes;
  }

  async readDirectory(uri: MemoryUri): Promise<Array<[string, number]>> {
    const { node } = this.lookup(uri.path);
    if (!node) throw new FileSystemError("FileNotFound", uri);
    if (node.kind !== "dir") throw new FileSystemError("FileNotADirectory", uri);
    const real = this.resolveLinks(uri.path)!;
    const prefix = real === "/" ? "/" : `${real}/`;
    return [...this.nodes.keys()]
      .filter((path) => path !== real && path.startsWith(prefix) && !path.slice(prefix.length).includes("/"))
      .map((path) => [path.slice(prefix.length), this.typeOf(path)]);
  }
}
