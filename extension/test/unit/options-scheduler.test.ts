// Settings and the project config combine into lint options; typing is debounced per document.
import { describe, expect, it } from "vitest";
import { lintOptionsFor, optionsKey, supportsHtmlComments, syntaxFor } from "../../src/lint-options.ts";
import { Debouncer, type Timers } from "../../src/scheduler.ts";
import { rulebook } from "./helpers.ts";

describe("lint options", () => {
  it("lints plain text as prose and everything else as Markdown", () => {
    expect(syntaxFor("plaintext")).toBe("text");
    expect(syntaxFor("markdown")).toBe("markdown");
    expect(syntaxFor("mdx")).toBe("markdown");
  });

  it("writes disable comments only where HTML comments are valid", () => {
    expect(supportsHtmlComments("markdown")).toBe(true);
    expect(supportsHtmlComments("mdx")).toBe(false);
    expect(supportsHtmlComments("plaintext")).toBe(false);
  });

  it("lets the project config override the settings' rule severities and adds its file settings", () => {
    const options = lintOptionsFor(
      "markdown",
      { "test-users-must": "info", "test-we-proud": "off" },
      { rules: { "test-users-must": "error" }, lexicons: {}, ignored: false, documentType: "policy", perspectiveThreshold: 80 },
      rulebook,
    );
    expect(options).toEqual({
      rulebook,
      syntax: "markdown",
      rules: { "test-users-must": "error", "test-we-proud": "off" },
      documentType: "policy",
      perspectiveThreshold: 80,
    });
  });

  it("keys options stably whatever the order of rules, and differently when they differ", () => {
    const a = lintOptionsFor("markdown", { x: "off", y: "info" }, undefined, rulebook);
    const b = lintOptionsFor("markdown", { y: "info", x: "off" }, undefined, rulebook);
    const c = lintOptionsFor("plaintext", { y: "info", x: "off" }, undefined, rulebook);
    expect(optionsKey(a, "builtin")).toBe(optionsKey(b, "builtin"));
    expect(optionsKey(a, "builtin")).not.toBe(optionsKey(c, "builtin"));
    expect(optionsKey(a, "builtin")).not.toBe(optionsKey(a, "rules/"));
  });
});

describe("debouncer", () => {
  function fakeTimers() {
    const queue = new Map<number, { callback: () => void; ms: number }>();
    let next = 0;
    const timers: Timers = {
      set: (callback, ms) => (queue.set(++next, { callback, ms }), next),
      clear: (handle) => void queue.delete(handle as number),
    };
    const fire = () => {
      for (const [id, t] of [...queue]) {
        queue.delete(id);
        t.callback();
      }
    };
    return { timers, queue, fire };
  }

  it("runs only the last task scheduled for a key, after the delay", () => {
    const { timers, queue, fire } = fakeTimers();
    const d = new Debouncer(timers);
    const runs: string[] = [];
    d.schedule("a", 150, () => runs.push("a1"));
    d.schedule("a", 150, () => runs.push("a2"));
    d.schedule("b", 150, () => runs.push("b1"));
    expect(queue.size).toBe(2);
    expect([...queue.values()].map((t) => t.ms)).toEqual([150, 150]);
    fire();
    expect(runs).toEqual(["a2", "b1"]);
  });

  it("cancels and disposes pending tasks", () => {
    const { timers, queue, fire } = fakeTimers();
    const d = new Debouncer(timers);
    const runs: string[] = [];
    d.schedule("a", 10, () => runs.push("a"));
    d.schedule("b", 10, () => runs.push("b"));
    d.cancel("a");
    expect(queue.size).toBe(1);
    d.dispose();
    fire();
    expect(runs).toEqual([]);
  });
});
