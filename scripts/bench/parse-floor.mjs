// The floor: read every file and parse it with bare mdast-util-from-markdown, nothing else.
// usage: node parse-floor.mjs LIST_FILE   (one path per line)
import { readFileSync } from "node:fs";
import { fromMarkdown } from "mdast-util-from-markdown";

const files = readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean);
let nodes = 0;
for (const file of files) nodes += fromMarkdown(readFileSync(file, "utf8")).children.length;
console.log(`${files.length} files, ${nodes} top-level nodes`);
