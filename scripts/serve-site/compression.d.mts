import type { Stats } from "node:fs";
export function isCompressible(contentType: string): boolean;
export function chooseEncoding(acceptEncoding: string | undefined): "br" | "gzip" | "identity";
export function compressedFile(path: string, stats: Stats, encoding: "br" | "gzip"): Promise<Buffer>;
