// The configs that apply to a folder: from it upward, nearest last.
// Where the search stops, for every host: at a config with `root: true`, or at the project root
// (the folder holding `.git`, whose own config still counts); outside git, at the file system's root.
import { CONFIG_FILE_NAMES } from "../core/config/names.ts";
import { ConfigError } from "../core/config/types.ts";
import { exists, type ProjectFs } from "./fs.ts";
import { dirname } from "./paths.ts";
import { inFolder } from "./project-root.ts";
import { readConfigFile, type LoadedConfig } from "./config-file.ts";

export interface ConfigChainOptions {
  /** A config given by the user (`--config`): it alone applies to every file, with no search. */
  explicitFile?: string;
  /** How errors name a file; the path itself unless the host says otherwise. */
  label?: (path: string) => string;
}

export class ConfigChain {
  private readonly fs: ProjectFs;
  private readonly label: (path: string) => string;
  private readonly explicitFile?: string;
  private explicit?: Promise<LoadedConfig>;
  private readonly inFolder = new Map<string, Promise<LoadedConfig | null>>();
  private readonly chains = new Map<string, Promise<LoadedConfig[]>>();

  constructor(fs: ProjectFs, options: ConfigChainOptions = {}) {
    this.fs = fs;
    this.label = options.label ?? ((path) => path);
    if (options.explicitFile !== undefined) this.explicitFile = options.explicitFile;
  }

  /** Forget every file read so far (a config changed). */
  clear(): void {
    this.explicit = undefined;
    this.inFolder.clear();
    this.chains.clear();
  }

  private async readExplicit(file: string): Promise<LoadedConfig> {
    if (!(await exists(this.fs, file))) throw new ConfigError(this.label(file), [{ field: "(file)", message: "does not exist (given with --config)" }]);
    return readConfigFile(this.fs, file, this.label(file));
  }

  /** The one config file in `dir`, if any; two is an error naming both. */
  configIn(dir: string): Promise<LoadedConfig | null> {
    let found = this.inFolder.get(dir);
    if (!found) {
      found = (async () => {
        const present: string[] = [];
        for (const name of CONFIG_FILE_NAMES) if (await exists(this.fs, inFolder(dir, name))) present.push(name);
        if (present.length > 1) {
          throw new ConfigError(this.label(inFolder(dir, present[0]!)), [{ field: "(file)", message: `more than one config in ${this.label(dir)} (${present.join(", ")}); keep one` }]);
        }
        return present.length ? readConfigFile(this.fs, inFolder(dir, present[0]!), this.label(inFolder(dir, present[0]!))) : null;
      })();
      this.inFolder.set(dir, found);
    }
    return found;
  }

  /** The configs that apply in `dir`, farthest first. */
  chainFor(dir: string): Promise<LoadedConfig[]> {
    if (this.explicitFile !== undefined) {
      this.explicit ??= this.readExplicit(this.explicitFile);
      return this.explicit.then((loaded) => [loaded]);
    }
    let chain = this.chains.get(dir);
    if (!chain) {
      chain = (async () => {
        const own = await this.configIn(dir);
        const mine = own ? [own] : [];
        const parent = dirname(dir);
        if (own?.config.root || parent === dir || (await exists(this.fs, inFolder(dir, ".git")))) return mine;
        return [...(await this.chainFor(parent)), ...mine];
      })();
      this.chains.set(dir, chain);
    }
    return chain;
  }
}
