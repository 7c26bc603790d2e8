// Builds the publishable `outside-in` npm package in its own folder (dist/package/ unless
// `--out DIR`), then packs it with `npm pack` into that folder's parent (dist/). The repository
// root stays the private dev monorepo; the package gets a package.json of its own with no
// dependencies, since everything the CLI and the core need (rulebook, lexicons, learned model)
// is bundled in. Prints the tarball's path.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { build } from "esbuild";
import { cleanNpmEnv } from "./clean-npm-env.mjs";
import { cliBundleOptions, ROOT } from "./cli-bundle.mjs";

const outFlag = process.argv.indexOf("--out");
const out = outFlag >= 0 ? process.argv[outFlag + 1] : join(ROOT, "dist/package");
const root = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

// The folder is emptied first; refuse one that holds anything but an earlier build.
if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, "core.mjs"))) {
  console.error(`build-package: ${out} is not empty and holds no earlier package build; give an empty or new folder`);
  process.exit(2);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "bin"), { recursive: true });
mkdirSync(join(out, "schema"), { recursive: true });

await build(cliBundleOptions(join(out, "cli.mjs")));
// The core runs in browsers too, so it is bundled for no platform: a node: import fails the build.
await build({
  entryPoints: [join(ROOT, "src/core/index.ts")],
  outfile: join(out, "core.mjs"),
  bundle: true,
  platform: "neutral",
  mainFields: ["module", "main"],
  format: "esm",
  target: "es2022",
  legalComments: "none",
  logLevel: "warning",
});

const typesDir = join(out, "types");
const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
const tscFlags = ["--declaration", "--emitDeclarationOnly", "--outDir", typesDir, "--rootDir", join(ROOT, "src/core")];
// tsconfig.json's options, spelled out: tsc cannot combine -p with a single entry file.
const compilerFlags = ["--target", "ES2022", "--module", "ESNext", "--moduleResolution", "bundler", "--allowImportingTsExtensions", "--resolveJsonModule", "--verbatimModuleSyntax", "--strict", "--skipLibCheck", "--types", "node", "--lib", "ES2023,DOM"];
execFileSync(process.execPath, [tsc, ...tscFlags, ...compilerFlags, join(ROOT, "src/core/index.ts")], { stdio: "inherit" });
rewriteTsSpecifiers(typesDir);

writeFileSync(join(out, "bin/outside-in.mjs"), "#!/usr/bin/env node\n// The `outside-in` command: runs the bundled CLI.\nimport { main } from \"../cli.mjs\";\nprocess.exitCode = await main(process.argv.slice(2));\n", { mode: 0o755 });
copyFileSync(join(ROOT, "schema/outside-in.schema.json"), join(out, "schema/outside-in.schema.json"));
copyFileSync(join(ROOT, "README.md"), join(out, "README.md"));
copyFileSync(join(ROOT, "LICENSE"), join(out, "LICENSE"));
writeFileSync(join(out, "package.json"), `${JSON.stringify(packageManifest(root), null, 2)}\n`);

const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", dirname(out)], { cwd: out, env: cleanNpmEnv(), encoding: "utf8" }));
console.log(join(dirname(out), packed[0].filename));

/** The published package.json: the root's name, version and licence, and no dependencies. */
function packageManifest(rootManifest) {
  return {
    name: rootManifest.name,
    version: rootManifest.version,
    description: rootManifest.description,
    license: rootManifest.license,
    type: "module",
    bin: { "outside-in": "bin/outside-in.mjs" },
    exports: {
      ".": { types: "./types/index.d.ts", default: "./core.mjs" },
      "./schema.json": "./schema/outside-in.schema.json",
      "./package.json": "./package.json",
    },
    types: "./types/index.d.ts",
    files: ["bin/", "cli.mjs", "core.mjs", "types/", "schema/"],
    engines: rootManifest.engines,
  };
}

// tsc keeps the sources' `./x.ts` specifiers; published declarations name `./x.js`, which every
// moduleResolution setting maps to `./x.d.ts`.
function rewriteTsSpecifiers(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) rewriteTsSpecifiers(path);
    else writeFileSync(path, readFileSync(path, "utf8").replace(/(from\s+"\.{1,2}\/[^"]*)\.ts"/g, '$1.js"'));
  }
}
