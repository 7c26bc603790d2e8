// The project config is parsed from YAML or JSON and validated by the core's validator, with
// errors that name the file and the field.
import { describe, expect, it, vi } from "vitest";
import { ConfigError } from "../../../src/core/config/index.ts";

vi.mock("vscode", () => import("./fake-vscode.ts"));
const { parseConfigText } = await import("../../src/project-config.ts");

function error(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error("expected a ConfigError");
}

describe("project config text", () => {
  it("reads YAML and JSON the way the CLI does", () => {
    expect(parseConfigText("rules:\n  users-must: info\ndocumentType: policy\n", ".outside-in.yaml"))
      .toEqual({ rules: { "users-must": "info" }, documentType: "policy" });
    expect(parseConfigText('{ "rules": { "shall": false } }', ".outside-in.json")).toEqual({ rules: { shall: "off" } });
    expect(parseConfigText("", ".outside-in.yml")).toEqual({});
  });

  it("names the file and the bad field", () => {
    const e = error(() => parseConfigText("rules:\n  users-must: sometimes\n", "team/.outside-in.yaml"));
    expect(e.file).toBe("team/.outside-in.yaml");
    expect(e.issues).toEqual([expect.objectContaining({ field: "rules.users-must" })]);
  });

  it("reports a syntax error as one issue, not a crash", () => {
    const yaml = error(() => parseConfigText("rules: [oops\n", ".outside-in.yaml"));
    expect(yaml.issues).toHaveLength(1);
    expect(yaml.issues[0]!.message).toMatch(/^is not valid YAML/);
    const json = error(() => parseConfigText("{ rules: ", ".outside-in.json"));
    expect(json.issues[0]!.message).toMatch(/^is not valid JSON/);
  });
});
