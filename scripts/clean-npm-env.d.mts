export function cleanNpmEnv(env?: NodeJS.ProcessEnv, binDir?: string): Record<string, string | undefined>;
