// A project tree as data: each path (relative to the tree's root) holds a file's text, or a link.
// The case table writes it to a real temp folder for Node and into memory for the VS Code adapter.

/** A symbolic link; the target is relative to the link's folder, as `ln -s` takes it. */
export interface Link {
  link: string;
}

export type Tree = Record<string, string | Link>;

export const isLink = (entry: string | Link): entry is Link => typeof entry !== "string";
