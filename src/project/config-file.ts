// Reads one config file (.outside-in.yaml / .yml / .json) and validates it with the core's validator.
import { parse as parseYaml } from "yaml";
import { ConfigError, type OutsideInConfig } from "../core/config/types.ts";
import { validateConfig } from "../core/config/validate.ts";
import type { ProjectFs } from "./fs.ts";
import { dirname } from "./paths.ts";

/** A validated config and where it came from. */
export interface LoadedConfig {
  /** The config file's path. */
  file: string;
  /** The folder holding it: its globs and rule folders are relative to this. */
  dir: string;
  /** How errors name the file (the CLI shows the path, the extension a workspace-relative one). */
  label: string;
  config: OutsideInConfig;
}

/** Parses and validates one config file's text; YAML or JSON by the name's extension. */
export function parseConfigText(text: string, label: string): OutsideInConfig {
  let data: unknown;
  try {
    data = label.endsWith(".json") ? JSON.parse(text) : parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const kind = label.endsWith(".json") ? "JSON" : "YAML";
    throw new ConfigError(label, [{ field: "(syntax)", message: `is not valid ${kind}: ${(error as Error).message.split("\n")[0]}` }]);
  }
  return validateConfig(data, label);
}

/** Reads and validates one config file; every failure is a ConfigError naming it. */
export async function readConfigFile(fs: ProjectFs, file: string, label = file): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await fs.readFile(file);
  } catch (error) {
    throw new ConfigError(label, [{ field: "(file)", message: `cannot be read: ${(error as Error).message}` }]);
  }
  return { file, dir: dirname(file), label, config: parseConfigText(text, label) };
}
