// Loads a TimelineJS3 JSON file into the real TimelineJS3 (from node_modules, served on the loopback address)
// in headless Chromium, and prints what it shows as one JSON line: the slides' ids, TimelineJS's own errors
// and warnings, page errors, and any request that tried to leave the machine (blocked).
// Usage: node check.mjs FILE.json [CHROMIUM]   Exit status: 0 checked (read the JSON), 2 could not run.
import { createServer } from 'node:http';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, extname, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'node_modules', '@knight-lab', 'timelinejs', 'dist');
const [file, executable = '/usr/bin/chromium'] = process.argv.slice(2);
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.svg': 'image/svg+xml', '.png': 'image/png' };
const PAGE = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/tl/css/timeline.css"><script src="/tl/js/timeline.js"></script></head>
<body><div id="timeline-embed" style="width:1200px;height:700px"></div><script>
window.result = null;
fetch('/data.json').then(r => r.json()).then(data => {
  window.timeline = new TL.Timeline('timeline-embed', data, { script_path: '/tl/js/', font: null, debug: false });
  window.timeline.on('loaded', () => { window.loaded = true; });
}).catch(e => { window.fetchError = String(e); });
</script></body></html>`;

function serve() {
  return new Promise(resolve => {
    const server = createServer(async (req, res) => {
      try {
        const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
        let body; let type;
        if (path === '/') { body = PAGE; type = 'text/html'; }
        else if (path === '/data.json') { body = await readFile(file); type = 'application/json'; }
        else if (path.startsWith('/tl/')) {
          const p = normalize(join(dist, path.slice(4)));
          if (!p.startsWith(dist)) throw new Error('outside');
          body = await readFile(p); type = TYPES[extname(p)] || 'application/octet-stream';
        } else throw new Error('no such file');
        res.writeHead(200, { 'Content-Type': type }); res.end(body);
      } catch (e) { res.writeHead(404); res.end(); }
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const profile = await mkdtemp(join(tmpdir(), 'chronoscope-chromium-'));
let context;
const watchdog = setTimeout(() => { console.error('check.mjs: gave up after 120 s'); process.exit(2); }, 120_000);
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: executable, headless: true, timeout: 60_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
} catch (e) {
  console.error('check.mjs: cannot start ' + executable + ': ' + e.message.split('\n')[0]);
  server.close(); await rm(profile, { recursive: true, force: true }); process.exit(2);
}
const pageErrors = []; const consoleErrors = []; const blocked = [];
const page = context.pages()[0] || await context.newPage();
await context.route('**/*', route => {
  const url = new URL(route.request().url());
  if (url.hostname === '127.0.0.1') return route.continue();
  blocked.push(url.href); return route.abort();
});
page.on('pageerror', e => pageErrors.push(String(e)));
page.on('console', m => { if (m.type() === 'error') consoleErrors.push(m.text()); });
await page.goto(base + '/');
const expected = JSON.parse(await readFile(file, 'utf8')).events.length;
let result;
try {
  await page.waitForFunction(n => window.fetchError || (window.loaded
      && document.querySelectorAll('.tl-storyslider .tl-slide').length >= n + 1), expected, { timeout: 60_000 });
} catch (e) { /* reported below as missing slides */ }
result = await page.evaluate(() => ({
  fetchError: window.fetchError || null,
  loaded: !!window.loaded,
  slideIds: Array.from(document.querySelectorAll('.tl-storyslider .tl-slide')).map(s => s.id),
  markers: document.querySelectorAll('.tl-timemarker').length,
  groups: Array.from(document.querySelectorAll('.tl-timegroup-message')).map(g => g.textContent),
  errors: window.timeline ? window.timeline.config.messages.errors.map(e => e.message || String(e)) : ['no timeline'],
  warnings: window.timeline ? window.timeline.config.messages.warnings.map(e => e.message || String(e)) : [],
  message: (document.querySelector('.tl-message-full') || {}).textContent || null,
}));
await page.goto(base + '/').catch(() => {});
clearTimeout(watchdog);
await context.close();
server.close();
await rm(profile, { recursive: true, force: true });
console.log(JSON.stringify({ ...result, pageErrors, consoleErrors, blocked }));
