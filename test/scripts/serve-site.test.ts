// `npm start`'s server compresses text responses as the browser asks, and says so in Vary.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { request, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { serveDirectory } from "../../scripts/serve-site.mjs";
import { chooseEncoding } from "../../scripts/serve-site/compression.mjs";

describe("chooseEncoding", () => {
  test.each([
    ["gzip, deflate, br, zstd", "br"],
    ["gzip", "gzip"],
    ["br;q=0.5, gzip;q=0.9", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["*", "br"],
    ["*;q=0.5, br;q=0", "gzip"],
    ["identity", "identity"],
    ["gzip;q=0, br;q=0", "identity"],
    ["", "identity"],
    [undefined, "identity"],
  ])("%j -> %s", (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe("serveDirectory", () => {
  let root: string;
  let server: Server;
  // Repetitive, like real HTML, so every encoding shrinks it.
  const html = `<!doctype html><title>t</title>${"<p>The customer's side, every time.</p>\n".repeat(400)}`;
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(7)]);

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "oi-serve-"));
    mkdirSync(join(root, "page"));
    writeFileSync(join(root, "page", "index.html"), html);
    writeFileSync(join(root, "404.html"), "<p>Not here</p>");
    writeFileSync(join(root, "logo.png"), png);
    server = await serveDirectory(root, { port: 0 });
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  function get(path: string, acceptEncoding?: string, method = "GET") {
    const { port } = server.address() as { port: number };
    return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      const headers = acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding };
      const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on("error", reject);
      req.end();
    });
  }

  test("brotli when the browser accepts it, smaller and identical once decoded", async () => {
    const res = await get("/page/", "gzip, deflate, br");
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers.vary).toBe("Accept-Encoding");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(html.length / 5);
    expect(brotliDecompressSync(res.body).toString()).toBe(html);
  });

  test("gzip when that is all the browser accepts; the second answer comes from the cache unchanged", async () => {
    const first = await get("/page/", "gzip");
    const second = await get("/page/", "gzip");
    expect(first.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(first.body).toString()).toBe(html);
    expect(second.body.equals(first.body)).toBe(true);
  });

  test("plain bytes without Accept-Encoding, still with Vary", async () => {
    const res = await get("/page/");
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.headers.vary).toBe("Accept-Encoding");
    expect(res.body.toString()).toBe(html);
  });

  test("images are sent as they are, whatever the browser accepts", async () => {
    const res = await get("/logo.png", "br, gzip");
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.headers.vary).toBeUndefined();
    expect(res.body.equals(png)).toBe(true);
  });

  test("the 404 page is compressed too, and HEAD sends headers only", async () => {
    const missing = await get("/nowhere/", "gzip");
    expect(missing.status).toBe(404);
    expect(gunzipSync(missing.body).toString()).toBe("<p>Not here</p>");
    const head = await get("/page/", "br", "HEAD");
    expect(head.headers["content-encoding"]).toBe("br");
    expect(Number(head.headers["content-length"])).toBeGreaterThan(0);
    expect(head.body.length).toBe(0);
  });
});
