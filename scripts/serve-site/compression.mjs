// Response compression for the local site server: picks brotli or gzip from Accept-Encoding and
// keeps each compressed file in memory, so repeated page loads (tests, Lighthouse) pay once.
import { readFile } from "node:fs/promises";
import { brotliCompress, constants, gzip } from "node:zlib";
import { promisify } from "node:util";

/** Encodings we can produce, best first. */
const PREFERENCE = ["br", "gzip"];

/** Content types worth compressing: text formats; images, fonts and archives are compressed already. */
export function isCompressible(contentType) {
  return /^(text\/|application\/(json|xml|javascript|wasm|manifest\+json)|image\/svg\+xml)/.test(contentType);
}

/**
 * The encoding to answer with for an Accept-Encoding header: "br", "gzip" or "identity".
 * Honours q-values (q=0 refuses) and "*"; on a tie the smaller output (brotli) wins.
 */
export function chooseEncoding(acceptEncoding) {
  const weights = new Map();
  for (const part of String(acceptEncoding ?? "").split(",")) {
    // "gzip;q=0.8" -> name "gzip", weight 0.8; a missing or malformed q counts as 1.
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(name, q === undefined || Number.isNaN(Number(q)) ? 1 : Number(q));
  }
  const weightOf = (name) => weights.get(name) ?? weights.get("*") ?? 0;
  let best = "identity";
  let bestWeight = 0;
  for (const name of PREFERENCE) {
    if (weightOf(name) > bestWeight) [best, bestWeight] = [name, weightOf(name)];
  }
  return best;
}

const COMPRESS = {
  // Quality 5 compresses a megabyte in tens of milliseconds and within about 10% of the maximum.
  br: (buffer) => promisify(brotliCompress)(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length } }),
  gzip: (buffer) => promisify(gzip)(buffer, { level: 6 }),
};

const cache = new Map();

/** The file's bytes in `encoding`, from the cache while the file's size and mtime are unchanged. */
export async function compressedFile(path, stats, encoding) {
  const key = `${encoding}:${path}`;
  const version = `${stats.size}:${stats.mtimeMs}`;
  const hit = cache.get(key);
  if (hit?.version === version) return hit.body;
  const body = await COMPRESS[encoding](await readFile(path));
  cache.set(key, { version, body });
  return body;
}
