// A small stand-in for the `vscode` module: just the classes the adapter's pure parts construct.
export class Position {
  readonly line: number;
  readonly character: number;
  constructor(line: number, character: number) {
    this.line = line;
    this.character = character;
  }
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === "number" ? new Position(a, b as number) : a;
    this.end = typeof a === "number" ? new Position(c!, d!) : (b as Position);
  }
}

export const DiagnosticSeverity = { Error: 0, Warning: 1, Information: 2, Hint: 3 } as const;
export type DiagnosticSeverity = number;

export class Uri {
  readonly value: string;
  private constructor(value: string) {
    this.value = value;
  }
  static parse(value: string): Uri {
    return new Uri(value);
  }
  toString(): string {
    return this.value;
  }
}

export class Diagnostic {
  range: Range;
  message: string;
  severity: DiagnosticSeverity;
  source?: string;
  code?: string | number | { value: string | number; target: Uri };
  constructor(range: Range, message: string, severity: DiagnosticSeverity) {
    this.range = range;
    this.message = message;
    this.severity = severity;
  }
}

export class CodeActionKind {
  static readonly Empty = new CodeActionKind("");
  static readonly QuickFix = new CodeActionKind("quickfix");
  static readonly Source = new CodeActionKind("source");
  static readonly SourceFixAll = new CodeActionKind("source.fixAll");
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  append(part: string): CodeActionKind {
    return new CodeActionKind(this.value ? `${this.value}.${part}` : part);
  }
  contains(other: CodeActionKind): boolean {
    return this.value === other.value || other.value.startsWith(`${this.value}.`);
  }
  intersects(other: CodeActionKind): boolean {
    return this.contains(other) || other.contains(this);
  }
}

export class WorkspaceEdit {
  readonly edits: Array<{ uri: unknown; range: Range; text: string }> = [];
  replace(uri: unknown, range: Range, text: string): void {
    this.edits.push({ uri, range, text });
  }
}

export class CodeAction {
  title: string;
  kind?: CodeActionKind;
  edit?: WorkspaceEdit;
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  constructor(title: string, kind?: CodeActionKind) {
    this.title = title;
    this.kind = kind;
  }
}

/** Notifications shown, for tests to inspect. */
export const shownMessages: Array<{ message: string; actions: string[] }> = [];

export const window = {
  showErrorMessage(message: string, ...actions: string[]): Promise<string | undefined> {
    shownMessages.push({ message, actions });
    return Promise.resolve(undefined);
  },
};

export const workspace = {
  workspaceFolders: [{ uri: { path: "/ws" } }],
};

/** Lines written to the Output channel, for tests to inspect. */
export const outputLines: string[] = [];

const channel = {
  info: (line: string) => outputLines.push(`info ${line}`),
  error: (line: string) => outputLines.push(`error ${line}`),
  show: () => {},
  dispose: () => {},
};
(window as Record<string, unknown>).createOutputChannel = () => channel;
