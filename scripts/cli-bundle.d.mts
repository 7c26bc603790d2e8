export const ROOT: string;
export const COMMITTED_BUNDLE: string;
export function buildLibraryBundle(): Promise<unknown>;
export function buildCommittedBundle(options?: { write?: boolean }): Promise<string | undefined>;
export function cliBundleOptions(outfile: string): Record<string, unknown>;
