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
