// Saving and restoring a 10,000-account workspace in Chromium.
//   KILIT_WRITE_LARGE_WORKSPACE=bench/out/large.json \
//     cargo test --release -p kilit-core --test persist -- --ignored --nocapture
//   node bench/persist-browser.mjs bench/out/large.json [runs]
// The page is #/workspaces, so the numbers are storage alone (the
// accounts page renders every row, which is another matter).
// Prints the restore time (IndexedDB read + load, performance marks around
// `ui::persist::boot`), navigation to ready, the autosave time (snapshot,
// serialise, IndexedDB write) and the longest main-thread task meanwhile.
import { readFile } from 'node:fs/promises';
import { startServer, launch } from '../tests/e2e/helpers.mjs';

const [file, runsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: node bench/persist-browser.mjs <workspace.json> [runs]');
const text = await readFile(file, 'utf8');
const runs = Number(runsArg || 5);
const server = await startServer();
const browser = await launch();
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const results = { restore: [], ready: [], save: [], longest: [] };
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/?lang=en#/workspaces`);
  await page.waitForSelector('.workspaces-page');
  await page.evaluate((text) => new Promise((ok, no) => {
    const r = indexedDB.open('kilit', 1);
    r.onupgradeneeded = () => r.result.createObjectStore('kv');
    r.onerror = () => no(r.error);
    r.onsuccess = () => {
      const d = r.result;
      const t = d.transaction('kv', 'readwrite');
      const now = new Date().toISOString();
      const index = { format: 'kilit-workspace-index', schema_version: 1, saved_at: now,
        data: { current: 1, workspaces: [{ id: 1, name: 'Large', created: now, updated: now }] } };
      t.objectStore('kv').put(JSON.stringify(index), 'kilit.workspaces');
      t.objectStore('kv').put(text, 'kilit.workspace.1');
      t.oncomplete = () => { d.close(); ok(); };
    };
  }), text);
  for (let i = 0; i < runs; i++) {
    await page.reload();
    await page.waitForSelector('.workspace-item', { timeout: 180000 });
    const t = await page.evaluate(() => {
      const m = (n) => performance.getEntriesByName(n)[0]?.startTime;
      return { restore: m('kilit:restore:end') - m('kilit:restore:start'), ready: m('kilit:ready') };
    });
    results.restore.push(t.restore);
    results.ready.push(t.ready);
    await page.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longest = Math.max(window.__longest, e.duration); })
        .observe({ type: 'longtask' });
    });
    await page.click(`button[lang=${['tr', 'fa', 'en'][i % 3]}]`);
    await page.waitForSelector('[data-save-state=saved]', { timeout: 180000 });
    await page.waitForFunction(() => performance.getEntriesByName('kilit:save:end').length > 0);
    const s = await page.evaluate(() => ({
      save: performance.getEntriesByName('kilit:save:end')[0].startTime - performance.getEntriesByName('kilit:save:start')[0].startTime,
      longest: window.__longest,
    }));
    results.save.push(s.save);
    results.longest.push(s.longest);
  }
  const f = (v) => `${median(v).toFixed(0)} ms (runs: ${v.map((x) => x.toFixed(0)).join(', ')})`;
  console.log(`workspace: ${(text.length / 1e6).toFixed(2)} MB`);
  console.log(`restore (IndexedDB read + load):   ${f(results.restore)}`);
  console.log(`navigation → ready (with restore): ${f(results.ready)}`);
  console.log(`autosave (serialise + write):      ${f(results.save)}`);
  console.log(`longest main-thread task (switch language + save): ${f(results.longest)}`);
} finally {
  await browser.close();
  await server.close();
}
