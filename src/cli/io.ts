// What the CLI touches outside itself, injectable so tests can run main() in-process.
import { readFileSync } from "node:fs";

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (for colour). */
  stdoutIsTTY: boolean;
  readStdin: () => Promise<string>;
}

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    readStdin: async () => {
      // fd 0 read synchronously works for pipes and files alike.
      try {
        return readFileSync(0, "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EAGAIN") {
          const chunks: Buffer[] = [];
          for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
          return Buffer.concat(chunks).toString("utf8");
        }
        throw error;
      }
    },
  };
}
