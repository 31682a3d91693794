// A small static server for dist/ on loopback, with live reload over server-sent events.
// It serves nothing outside the output folder, and injects one external script (allowed by
// the pages' CSP 'self') into HTML responses to listen for reloads and show build errors.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

const CLIENT = `// newsfold dev: reload on rebuild, show build errors
(() => {
  const es = new EventSource("/__newsfold/events");
  let server = null; // a restarted dev server (after a code or template change) has a new id
  es.addEventListener("hello", (e) => { if (server && server !== e.data) location.reload(); server = e.data; });
  es.addEventListener("reload", () => location.reload());
  es.addEventListener("error-message", (e) => {
    let box = document.getElementById("newsfold-dev-error");
    if (!box) { box = document.createElement("pre"); box.id = "newsfold-dev-error"; box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:auto 0 0 0;margin:0;padding:1em;background:#7f1d1d;color:#fff;z-index:9999;white-space:pre-wrap;max-height:50vh;overflow:auto";
      document.body.append(box); }
    box.textContent = "Build failed — still serving the last good site.\\n\\n" + JSON.parse(e.data);
  });
})();
`;

export interface DevServer {
  url: string;
  reload(): void;
  showError(message: string): void;
  close(): Promise<void>;
}

export async function startDevServer(root: string, port = 8080, host = "127.0.0.1"): Promise<DevServer> {
  const base = path.resolve(root);
  const clients = new Set<ServerResponse>();
  let lastError: string | null = null;
  const serverId = `${process.pid}-${Date.now()}`;
  const send = (event: string, data: string) => {
    for (const c of clients) c.write(`event: ${event}\ndata: ${data}\n\n`);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end("method not allowed");
      return;
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/__newsfold/events") {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      res.write(`event: hello\ndata: ${serverId}\n\n`);
      if (lastError) res.write(`event: error-message\ndata: ${JSON.stringify(lastError)}\n\n`);
      clients.add(res);
      req.on("close", () => clients.delete(res));
      return;
    }
    if (url.pathname === "/__newsfold/client.js") {
      res.writeHead(200, { "content-type": TYPES[".js"]!, "cache-control": "no-store" });
      res.end(CLIENT);
      return;
    }
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end("bad request");
      return;
    }
    const file = path.resolve(base, `.${path.posix.normalize(rel)}`);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    const target = await resolveFile(file);
    if (!target) {
      const notFound = await readFile(path.join(base, "404.html"), "utf8").catch(() => "not found");
      res.writeHead(404, { "content-type": TYPES[".html"]! }).end(inject(rebase(notFound, url.pathname)));
      return;
    }
    const ext = path.extname(target);
    const body = await readFile(target);
    res.writeHead(200, { "content-type": TYPES[ext] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(ext === ".html" ? inject(body.toString("utf8")) : body);
  };
  // A file can vanish between stat and read while a rebuild swaps dist/ in: answer 500 for
  // that request instead of letting the rejection take the dev server down.
  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { "content-type": TYPES[".txt"]! });
      res.end("the site changed while this page was read; reload");
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}/`,
    reload: () => {
      lastError = null;
      send("reload", "{}");
    },
    showError: (message) => {
      lastError = message;
      send("error-message", JSON.stringify(message));
    },
    close: () =>
      new Promise((resolve) => {
        for (const c of clients) c.end();
        server.close(() => resolve());
      }),
  };
}

async function resolveFile(file: string): Promise<string | null> {
  try {
    const s = await stat(file);
    if (s.isFile()) return file;
    if (s.isDirectory()) {
      const index = path.join(file, "index.html");
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    /* not found */
  }
  return null;
}

function inject(html: string): string {
  const tag = `<script src="/__newsfold/client.js" defer></script>`;
  return html.includes("</body>") ? html.replace("</body>", `${tag}</body>`) : html + tag;
}

/**
 * 404.html links relatively from the site root; served at /a/b/ its links would point under
 * /a/b/. Prefix each relative href/src with one "../" per folder of the requested path (a <base>
 * tag would be blocked by the pages' CSP, base-uri 'none').
 */
export function rebase(html: string, requestPath: string): string {
  const depth = requestPath.split("/").length - 2; // "/x" -> 0, "/a/b/" -> 2, "/a/b/c" -> 2
  if (depth <= 0) return html;
  const up = "../".repeat(depth);
  return html.replace(/(\s(?:href|src)=")(?![a-z][a-z0-9+.-]*:|\/|#)/gi, `$1${up}`);
}
