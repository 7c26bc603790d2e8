// A broken config is reported once, with "Open config", however often documents are re-linted.
import { expect, it, vi } from "vitest";
import { ConfigError } from "../../../src/core/config/index.ts";

vi.mock("vscode", () => import("./fake-vscode.ts"));
const { ConfigErrorReporter } = await import("../../src/config-errors.ts");
const { shownMessages } = await import("./fake-vscode.ts");

it("shows each distinct config error once until a config loads cleanly again", () => {
  const reporter = new ConfigErrorReporter();
  const broken = new ConfigError(".outside-in.yaml", [{ field: "rules.shall", message: "expected one of error, warning, info, off; got \"never\"" }]);
  const uri = { path: "/ws/.outside-in.yaml" } as never;
  for (let i = 0; i < 5; i++) reporter.report(broken, uri);
  expect(shownMessages).toEqual([{
    message: 'Outside-In: .outside-in.yaml is invalid: rules.shall expected one of error, warning, info, off; got "never". Using the built-in rules until it is fixed.',
    actions: ["Open config"],
  }]);
  reporter.report(new ConfigError(".outside-in.yaml", [{ field: "(syntax)", message: "is not valid YAML" }]), uri);
  expect(shownMessages).toHaveLength(2);
  reporter.resolved();
  reporter.report(broken, uri);
  expect(shownMessages).toHaveLength(3);
});

it("lists up to three problems; past that it gives the count and a Show all button, and logs every one", async () => {
  const { outputLines } = await import("./fake-vscode.ts");
  const reporter = new ConfigErrorReporter();
  const issues = ["a", "b", "c", "d"].map((id) => ({ field: `rules.${id}`, message: "is not a known rule" }));
  shownMessages.length = 0;
  reporter.report(new ConfigError(".outside-in.yaml", issues), { path: "/ws/.outside-in.yaml" } as never);
  expect(shownMessages[0]!.message).toContain("4 problems, first: rules.a is not a known rule; rules.b is not a known rule; rules.c is not a known rule.");
  expect(shownMessages[0]!.actions).toEqual(["Open config", "Show all"]);
  for (const id of ["a", "b", "c", "d"]) expect(outputLines).toContain(`error .outside-in.yaml: rules.${id} is not a known rule`);
});
