// Serves the built site (site/dist) on 127.0.0.1 and prints its URL. `--port 0` picks a free port.
// Used by `npm start` and by the site's end-to-end tests. Text responses are compressed (brotli or
// gzip, as the browser accepts), as any real host would serve them.
import { createServer } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chooseEncoding, compressedFile, isCompressible } from "./serve-site/compression.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
};

/** Maps a URL path to a file under `root`, or undefined (also for paths that climb out of it). */
function fileFor(root, urlPath) {
  let path;
  try {
    path = normalize(join(root, decodeURIComponent(urlPath)));
  } catch {
    return undefined;
  }
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

export function serveDirectory(root, { port = 4321, host = "127.0.0.1" } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = fileFor(root, url.pathname);
    if (!file && !url.pathname.endsWith("/") && fileFor(root, `${url.pathname}/`)) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const status = file ? 200 : 404;
    const body = file ?? fileFor(root, "/404.html");
    const type = TYPES[extname(body ?? "")] ?? "application/octet-stream";
    const headers = { "content-type": type, "cache-control": "no-cache" };
    if (!body) return void res.writeHead(status, headers).end("Not found");
    const encoding = isCompressible(type) ? chooseEncoding(req.headers["accept-encoding"]) : "identity";
    // Caches must not hand a compressed copy to a client that did not ask for one.
    if (isCompressible(type)) headers.vary = "Accept-Encoding";
    if (encoding === "identity") {
      res.writeHead(status, { ...headers, "content-length": statSync(body).size });
      if (req.method === "HEAD") res.end();
      else createReadStream(body).pipe(res);
      return;
    }
    compressedFile(body, statSync(body), encoding).then(
      (bytes) => {
        res.writeHead(status, { ...headers, "content-encoding": encoding, "content-length": bytes.length });
        res.end(req.method === "HEAD" ? undefined : bytes);
      },
      (error) => res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end(String(error)),
    );
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const portArg = process.argv.indexOf("--port");
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : Number(process.env.PORT ?? 4321);
  const root = fileURLToPath(new URL("../site/dist", import.meta.url));
  if (!existsSync(join(root, "index.html"))) {
    console.error(`No built site in ${root}. Run: npm run build`);
    process.exit(1);
  }
  const server = await serveDirectory(root, { port });
  const { port: actual } = server.address();
  console.log(`Outside-In playbook: http://127.0.0.1:${actual}/  (Ctrl+C to stop)`);
}
