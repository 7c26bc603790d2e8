// The output formats by name.
import type { Formatter } from "./context.ts";
import { stylish } from "./stylish.ts";
import { json } from "./json.ts";
import { sarif } from "./sarif.ts";
import { github } from "./github.ts";
import { junit } from "./junit.ts";
import { gitlab } from "./gitlab.ts";
import { checkstyle } from "./checkstyle.ts";

export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github, junit, gitlab, checkstyle };
export type { FormatContext, Formatter } from "./context.ts";
