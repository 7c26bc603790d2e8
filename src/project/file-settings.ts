// What the configs on a file's way say about it: the merged settings and the site URL for rule links.
import { resolveFileSettings, type ConfigLayer, type FileSettings } from "../core/config/resolve.ts";
import type { LoadedConfig } from "./config-file.ts";
import { matchGlob } from "./glob-match.ts";
import { relativePath } from "./paths.ts";

/** The layers resolveFileSettings needs: each config with the file's path relative to its folder. */
export function layersFor(chain: readonly LoadedConfig[], file: string): ConfigLayer[] {
  return chain.map((loaded) => ({ config: loaded.config, relativePath: relativePath(loaded.dir, file) }));
}

/** The settings for `file`: nearer configs win, later overrides win, `ignore` globs mark it. */
export function settingsFor(chain: readonly LoadedConfig[], file: string): FileSettings {
  return resolveFileSettings(layersFor(chain, file), matchGlob);
}

/** The nearest config's `siteUrl`; undefined when none sets one (each host has its own default). */
export function nearestSiteUrl(chain: readonly LoadedConfig[]): string | undefined {
  return [...chain].reverse().find((loaded) => loaded.config.siteUrl)?.config.siteUrl;
}
