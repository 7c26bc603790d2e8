// A unified diff (as `diff -u` prints) of two texts, for --fix-dry-run. Myers' O(ND) line diff:
// fixes change few lines, so D stays small even for long files.

type Op = { kind: " " | "-" | "+"; line: string };

/** Lines with their line breaks, so a missing final newline shows up as a difference. */
const splitLines = (text: string): string[] => (text === "" ? [] : text.split(/(?<=\n)/));

/** Common leading and trailing lines are kept out of the O(ND) search. */
function diffLines(allA: string[], allB: string[]): Op[] {
  let head = 0;
  while (head < allA.length && head < allB.length && allA[head] === allB[head]) head++;
  let tail = 0;
  while (tail < allA.length - head && tail < allB.length - head && allA[allA.length - 1 - tail] === allB[allB.length - 1 - tail]) tail++;
  const same = (lines: string[]): Op[] => lines.map((line) => ({ kind: " ", line }));
  return [
    ...same(allA.slice(0, head)),
    ...myers(allA.slice(head, allA.length - tail), allB.slice(head, allB.length - tail)),
    ...same(allA.slice(allA.length - tail)),
  ];
}

function myers(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  const offset = max + 1;
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    // Keep only the diagonals this step can read back: k in [-d-1, d+1].
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) (x++, y++);
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk the trace back from the end to recover the edit script.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d]!;
    const at = (kk: number): number => vd[kk + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push({ kind: " ", line: a[--x]! }), y--;
    if (d > 0) {
      if (x === prevX) ops.push({ kind: "+", line: b[--y]! });
      else ops.push({ kind: "-", line: a[--x]! });
    }
  }
  return ops.reverse();
}

// Lines keep their own endings (CRLF stays CRLF) so the diff applies with `patch`.
const show = (line: string): string => (line.endsWith("\n") ? line : `${line}\n\\ No newline at end of file\n`);

/** `--- a/file` / `+++ b/file` hunks with three lines of context; empty when nothing differs. */
export function unifiedDiff(before: string, after: string, path: string, context = 3): string {
  if (before === after) return "";
  const ops = diffLines(splitLines(before), splitLines(after));
  let out = `--- a/${path}\n+++ b/${path}\n`;
  let i = 0;
  while (i < ops.length) {
    if (ops[i]!.kind === " ") {
      i++;
      continue;
    }
    // A hunk runs from `context` lines before this change to `context` lines after the last change
    // that is at most 2 * context unchanged lines away.
    let start = Math.max(0, i - context);
    let end = i;
    while (end < ops.length) {
      let next = end;
      while (next < ops.length && ops[next]!.kind === " ") next++;
      if (next >= ops.length || next - end > 2 * context) break;
      end = next;
      while (end < ops.length && ops[end]!.kind !== " ") end++;
    }
    const stop = Math.min(ops.length, end + context);
    let oldLine = 1;
    let newLine = 1;
    for (let j = 0; j < start; j++) {
      if (ops[j]!.kind !== "+") oldLine++;
      if (ops[j]!.kind !== "-") newLine++;
    }
    const hunk = ops.slice(start, stop);
    const oldCount = hunk.filter((o) => o.kind !== "+").length;
    const newCount = hunk.filter((o) => o.kind !== "-").length;
    out += `@@ -${oldCount ? oldLine : oldLine - 1},${oldCount} +${newCount ? newLine : newLine - 1},${newCount} @@\n`;
    for (const op of hunk) out += op.kind + show(op.line);
    i = stop;
    start = stop;
  }
  return out;
}
