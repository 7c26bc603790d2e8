// The CLI's version, from package.json (bundled in by esbuild).
import pkg from "../../package.json" with { type: "json" };

export const CLI_VERSION: string = (pkg as { version: string }).version;
