// The project layer's case table, run on both hosts' file systems: Node's fs on a real temp folder
// (the CLI's), and the extension's vscode.workspace.fs adapter over an in-memory vscode.FileSystem.
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { nodeProjectFs } from "../../src/cli/node-project-fs.ts";
import { makeTree } from "../cli/helpers.ts";
import { CASES, type Host } from "./cases.ts";
import { isLink, type Tree } from "./tree.ts";
import { FileType, MemoryFileSystem, memoryUri } from "./memory-vscode-fs.ts";

vi.mock("vscode", () => ({ FileType, workspace: {} }));
const { workspaceProjectFs } = await import("../../extension/src/workspace-fs.ts");

/** Writes the tree (files, then links) to a fresh temp folder. */
function nodeHost(tree: Tree): Host {
  const root = realpathSync(makeTree({}));
  for (const [path, entry] of Object.entries(tree)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    if (isLink(entry)) symlinkSync(entry.link, join(root, path));
    else writeFileSync(join(root, path), entry);
  }
  return { fs: nodeProjectFs, root, resolvesLinks: true };
}

function vscodeHost(tree: Tree): Host {
  const root = "/workspaces/project";
  const memory = new MemoryFileSystem(root, tree);
  const folder = memoryUri("vscode-vfs", root);
  return { fs: workspaceProjectFs(folder as never, memory as never), root, resolvesLinks: false };
}

const HOSTS: Array<[string, (tree: Tree) => Host]> = [["Node fs", nodeHost], ["vscode.workspace.fs", vscodeHost]];

describe.each(HOSTS)("project layer on %s", (_, makeHost) => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const host = makeHost(c.tree);
    const expected = typeof c.expected === "function" ? (c.expected as (h: Host) => unknown)(host) : c.expected;
    expect(await c.run(host)).toEqual(expected);
  });
});

describe("the in-memory vscode.FileSystem behaves like VS Code's disk provider", () => {
  const memory = new MemoryFileSystem("/p", { "a.md": "x", "link": { link: "a.md" }, "gone": { link: "nothing" }, "dir/b.md": "y", "dirlink": { link: "dir" } });
  const uri = (path: string) => memoryUri("file", path);

  it("marks links and follows them", async () => {
    expect((await memory.stat(uri("/p/link"))).type).toBe(FileType.File | FileType.SymbolicLink);
    expect((await memory.stat(uri("/p/gone"))).type).toBe(FileType.Unknown | FileType.SymbolicLink);
    expect(Object.fromEntries(await memory.readDirectory(uri("/p")))).toEqual({
      "a.md": FileType.File, link: FileType.File | FileType.SymbolicLink, gone: FileType.SymbolicLink,
      dir: FileType.Directory, dirlink: FileType.Directory | FileType.SymbolicLink,
    });
    expect(await memory.readDirectory(uri("/p/dirlink"))).toEqual([["b.md", FileType.File]]);
    expect(new TextDecoder().decode(await memory.readFile(uri("/p/dirlink/b.md")))).toBe("y");
  });

  it("throws for a missing path", async () => {
    await expect(memory.stat(uri("/p/none"))).rejects.toThrow(/FileNotFound/);
    await expect(memory.readFile(uri("/p/dir"))).rejects.toThrow(/FileIsADirectory/);
  });
});
