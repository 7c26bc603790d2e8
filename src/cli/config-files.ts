// Finds the config files that apply to a folder (from it upward), reads and validates them.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { CONFIG_FILE_NAMES } from "../core/config/names.ts";
import { ConfigError, type OutsideInConfig } from "../core/config/types.ts";
import { validateConfig } from "../core/config/validate.ts";
import type { ConfigLayer } from "../core/config/resolve.ts";
import { toPosix } from "./glob-match.ts";

/** A validated config and where it came from. */
export interface LoadedConfig {
  file: string;
  dir: string;
  config: OutsideInConfig;
}

/** Reads one config file; YAML or JSON by extension. Syntax errors name the file and the line. */
export function readConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(file, [{ field: "(file)", message: `cannot be read: ${(error as Error).message}` }]);
  }
  let data: unknown;
  try {
    data = file.endsWith(".json") ? JSON.parse(text) : parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const kind = file.endsWith(".json") ? "JSON" : "YAML";
    throw new ConfigError(file, [{ field: "(syntax)", message: `is not valid ${kind}: ${(error as Error).message.split("\n")[0]}` }]);
  }
  return { file, dir: dirname(file), config: validateConfig(data, file) };
}

/** Finds configs upward from folders, caching each folder, stopping at `root: true`. */
export class ConfigFinder {
  private readonly inFolder = new Map<string, LoadedConfig | null>();
  private readonly chains = new Map<string, LoadedConfig[]>();
  /** With an explicit `--config`, that file alone applies to every file. */
  private readonly explicit?: LoadedConfig;

  constructor(explicitFile?: string) {
    if (explicitFile) {
      if (!existsSync(explicitFile)) throw new ConfigError(explicitFile, [{ field: "(file)", message: "does not exist (given with --config)" }]);
      this.explicit = readConfigFile(explicitFile);
    }
  }

  private configIn(dir: string): LoadedConfig | null {
    let found = this.inFolder.get(dir);
    if (found !== undefined) return found;
    const present = CONFIG_FILE_NAMES.map((name) => join(dir, name)).filter((file) => existsSync(file));
    if (present.length > 1) {
      throw new ConfigError(present[0]!, [{ field: "(file)", message: `more than one config in ${dir} (${present.map((f) => relative(dir, f)).join(", ")}); keep one` }]);
    }
    found = present.length ? readConfigFile(present[0]!) : null;
    this.inFolder.set(dir, found);
    return found;
  }

  /** The configs that apply in `dir`, farthest first. */
  chainFor(dir: string): LoadedConfig[] {
    if (this.explicit) return [this.explicit];
    dir = resolve(dir);
    const cached = this.chains.get(dir);
    if (cached) return cached;
    const own = this.configIn(dir);
    const parent = dirname(dir);
    const chain = own?.config.root || parent === dir ? (own ? [own] : []) : [...this.chainFor(parent), ...(own ? [own] : [])];
    this.chains.set(dir, chain);
    return chain;
  }
}

/** The layers resolveFileSettings needs: each config with the file's path relative to it. */
export function layersFor(chain: readonly LoadedConfig[], file: string): ConfigLayer[] {
  return chain.map((loaded) => ({ config: loaded.config, relativePath: toPosix(relative(loaded.dir, file)) }));
}
