// A small static server for the offline workbench: dist/ at /, and the @microsoft/office-js package's files at
// /office-js/, so the task pane boots through the real office.js with no CDN. Plain http on localhost only.
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const MOUNTS = [
  ['/office-js/', path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist')],
  ['/', path.join(ROOT, 'dist')],
];
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};

/** The file a URL path maps to, or undefined when it is outside the served folders or missing. */
function fileFor(urlPath) {
  const pathname = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  for (const [prefix, dir] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const file = path.join(dir, pathname.slice(prefix.length));
    if (!file.startsWith(dir + path.sep)) return undefined;
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return undefined;
}

/** Starts serving; resolves with the server and its URL once it listens. */
function serve(port = 3000, host = '127.0.0.1') {
  const server = http.createServer((req, res) => {
    let file;
    try {
      file = fileFor(new URL(req.url, 'http://localhost').pathname);
    } catch {
      file = undefined;
    }
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ server, url: `http://localhost:${server.address().port}/` }));
  });
}

module.exports = { serve, fileFor };
