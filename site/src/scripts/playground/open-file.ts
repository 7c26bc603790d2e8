// Reading a file the writer picked or dropped, in the browser only, refusing what is not text.

/** The largest file the playground opens: linting in a browser tab stays quick below this. */
export const MAX_FILE_BYTES = 512 * 1024;
const TEXT_NAME = /\.(md|markdown|mdx|txt|text)$/i;

export type OpenedFile = { ok: true; name: string; text: string } | { ok: false; message: string };

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export async function readTextFile(file: File): Promise<OpenedFile> {
  const notText = { ok: false as const, message: `${file.name} is not a text file. Open a Markdown (.md) or plain-text (.txt) file.` };
  if (!file.type.startsWith("text/") && !TEXT_NAME.test(file.name)) return notText;
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, message: `${file.name} is too large (${size(file.size)}); the playground opens files up to ${size(MAX_FILE_BYTES)}. For longer files, run npx outside-in lint ${file.name}.` };
  }
  const text = await file.text();
  // A NUL byte or undecodable bytes mean binary content, whatever the name says.
  if (text.includes("\u0000") || text.includes("\ufffd")) return notText;
  // The field keeps line breaks as \n; matching that keeps the change one undo step.
  return { ok: true, name: file.name, text: text.replace(/\r\n?/g, "\n") };
}
