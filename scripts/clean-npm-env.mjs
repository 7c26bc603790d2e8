// A child npm started from inside `npm test` inherits the outer npm's npm_* variables, and npm
// reads every npm_config_* one as configuration (npm_config_user_agent names the outer Node).
// Nested installs into another folder get an environment without them.

/** `env` without npm's per-run variables, with `binDir` first on PATH when given. */
export function cleanNpmEnv(env = process.env, binDir) {
  const clean = Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_/i.test(key)));
  if (binDir) clean.PATH = `${binDir}:${env.PATH ?? ""}`;
  return clean;
}
