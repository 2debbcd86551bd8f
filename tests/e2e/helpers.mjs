// Shared helpers for the end-to-end tests: a static server for the release
// build, a Chromium launcher with the flags this machine needs, page
// instrumentation (console errors, foreign requests), axe-core and screenshots.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '..', '..');
export const DIST = process.env.KILIT_DIST || join(ROOT, 'dist');
export const SCREENSHOTS = join(here, 'screenshots');
export const SUB_PATH = '/tools/kilit/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves dist/ at `/` and again under SUB_PATH, on a free 127.0.0.1 port.
 * `extra` maps further paths to HTML (benchmarks add reference pages).
 */
export async function startServer(dist = DIST, extra = {}) {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`no release build in ${dist}: run scripts/build first`);
  }
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (extra[path]) {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(extra[path]);
      return;
    }
    if (path.startsWith(SUB_PATH)) path = '/' + path.slice(SUB_PATH.length);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dist, path));
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * A page that records console errors, uncaught exceptions and any request
 * to an origin other than the test server's.
 */
export async function instrumentedPage(browser, origin, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  page.problems = problems;
  page.closeAll = () => context.close();
  return page;
}

/** Waits until the app has rendered a page heading. */
export async function waitForApp(page) {
  await page.waitForFunction(() => {
    const h1 = document.querySelector('#kilit h1');
    return h1 && h1.textContent.trim().length > 0;
  });
}

/** Runs axe-core on the page and returns its violations (id: nodes). */
export async function axe(page) {
  await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return result;
}

export async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Presses Tab until the focused element matches `selector` (no press if it
 * already does); returns false after `max` presses.
 */
export async function tabTo(page, selector, max = 40) {
  const focused = () => page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
  if (await focused()) return true;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await focused()) return true;
  }
  return false;
}

export const LOCALES = ['tr', 'en', 'fa'];

/**
 * One static server and one browser for a test file: call at the top level;
 * the returned object's `server` and `browser` are set before the tests run.
 */
export function suite() {
  const env = {};
  before(async () => {
    env.server = await startServer();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Ends a test's page: nothing went wrong in it, then its context closes. */
export async function finish(page) {
  assert.deepEqual(page.problems, [], 'no console errors and no requests to other origins');
  await page.closeAll();
}

/** Navigates inside the app by setting the fragment, as a link would. */
export const go = (page, hash) => page.evaluate((h) => { location.hash = h; }, hash);
