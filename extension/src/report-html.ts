// Pure: the report as a small HTML page for a webview. Line references are command links that
// open the document at that line; the page runs no script.
import type { ReportModel } from "./report.ts";

export const OPEN_AT = "outsideIn.openAt";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A `command:` link that opens `documentUri` at a 1-based line. */
export function lineHref(documentUri: string, line: number): string {
  return `command:${OPEN_AT}?${encodeURIComponent(JSON.stringify([documentUri, line]))}`;
}

export function reportHtml(model: ReportModel, documentUri: string): string {
  const link = (line: number) => `<a href="${escapeHtml(lineHref(documentUri, line))}">Line ${line}</a>`;
  const body: string[] = [
    `<h1>Outside-In report: ${escapeHtml(model.name)}</h1>`,
    `<p><strong>Perspective score: ${model.score}/100</strong> over ${model.sentences} sentence${model.sentences === 1 ? "" : "s"} (100 = every sentence reads from the customer's side).</p>`,
  ];
  if (model.findings.length === 0) {
    body.push("<p>No findings. Every sentence reads from the customer's side.</p>");
  } else {
    body.push(`<h2>Findings by rule (${model.findings.length})</h2>`, "<table><thead><tr><th>Rule</th><th>Findings</th><th>What it asks</th></tr></thead><tbody>");
    for (const r of model.byRule) body.push(`<tr><td>${escapeHtml(r.id)}</td><td>${r.count}</td><td>${escapeHtml(r.title)}</td></tr>`);
    body.push("</tbody></table>");
    if (model.costly.length) {
      body.push("<h2>Sentences that cost the most</h2>", "<ul>");
      for (const s of model.costly) body.push(`<li>${link(s.line)} (${s.points} points, ${escapeHtml(s.ruleIds.join(", "))}): ${escapeHtml(s.text)}</li>`);
      body.push("</ul>");
    }
    body.push("<h2>Every finding</h2>", "<ul>");
    for (const f of model.findings) body.push(`<li>${link(f.line)}: ${escapeHtml(f.ruleId)}: ${escapeHtml(f.message)}</li>`);
    body.push("</ul>");
  }
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<title>Outside-In report</title>
<style>body{font-family:var(--vscode-font-family);color:var(--vscode-foreground);padding:0 1em}a{color:var(--vscode-textLink-foreground)}td,th{padding:2px 8px;text-align:left}</style>
</head><body>
${body.join("\n")}
</body></html>
`;
}
