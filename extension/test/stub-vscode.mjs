// A do-nothing `vscode` module: every property is a callable, constructible stub. Enough to load a
// bundle and run activate() outside VS Code (the benchmark and the web-bundle test use it).
const make = () => {
  const fn = function () {};
  return new Proxy(fn, {
    get(target, prop) {
      if (prop === "then") return undefined;
      if (prop === "textDocuments" || prop === "workspaceFolders") return [];
      if (prop === "prototype") return target.prototype;
      if (prop === Symbol.toPrimitive) return () => "";
      return make();
    },
    set: () => true,
    apply: () => make(),
    construct: () => make(),
  });
};

// Named exports, so a bundle's `import * as vscode` sees them.
const NAMES = ["workspace", "window", "languages", "commands", "Uri", "Range", "Position", "Diagnostic",
  "DiagnosticSeverity", "CodeAction", "CodeActionKind", "WorkspaceEdit", "MarkdownString", "Hover",
  "StatusBarAlignment", "ProgressLocation", "FileType", "EventEmitter", "ViewColumn"];

export function stubVscode() {
  return Object.fromEntries(NAMES.map((name) => [name, make()]));
}
