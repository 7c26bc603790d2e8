// What the CLI touches outside itself, injectable so tests can run main() in-process.
import { readSync } from "node:fs";

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (for colour). */
  stdoutIsTTY: boolean;
  /** Standard input's bytes, at most `maxBytes + 1` of them, so an oversized input is seen without reading it all. */
  readStdin: (maxBytes: number) => Promise<Buffer>;
}

/** Reads fd 0 up to `limit` bytes; pipes, files and terminals alike. */
async function readStdinBytes(limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    // A synchronous read works for files and most pipes and keeps the order of events simple.
    const chunk = Buffer.alloc(1 << 16);
    for (let n; total < limit && (n = readSync(0, chunk, 0, Math.min(chunk.length, limit - total), null)) > 0; total += n) {
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return Buffer.concat(chunks);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EAGAIN" && code !== "EOF") throw error;
  }
  // A non-blocking pipe refuses synchronous reads: stream the rest.
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
    if (total >= limit) break;
  }
  return Buffer.concat(chunks).subarray(0, limit);
}

/** Writes to a stream that a reader may close early (`| head`): from then on, writes are dropped quietly. */
function quietOnClosedPipe(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

let writers: { stdout: (text: string) => void; stderr: (text: string) => void } | undefined;

export function processIo(): CliIo {
  // One listener per stream, however many times main() runs in this process.
  writers ??= { stdout: quietOnClosedPipe(process.stdout), stderr: quietOnClosedPipe(process.stderr) };
  return {
    cwd: process.cwd(),
    env: process.env,
    ...writers,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    readStdin: (maxBytes) => readStdinBytes(maxBytes + 1),
  };
}
