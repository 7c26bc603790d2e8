// The output formats by name.
import type { Formatter } from "./context.ts";
import { stylish } from "./stylish.ts";
import { json } from "./json.ts";
import { sarif } from "./sarif.ts";
import { github } from "./github.ts";

export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github };
export type { FormatContext, Formatter } from "./context.ts";
