// Import benchmark (not a test; nothing is asserted): generates ledgers with
// scripts/gen-ledger into a temporary directory, imports each through the
// real UI in headless Chromium (Playwright setInputFiles) and prints
//  - file chosen -> mapping screen shown (sample read, encoding, preview),
//  - "Read the whole file" clicked -> review shown (read, decode, aggregate),
//  - their sum (target <= 2 s for 1,000,000 lines),
//  - the longest main-thread task while reading (PerformanceObserver longtask;
//    tasks under 50 ms are not reported, so "< 50" means none was long),
//  - the JS heap before and at its peak (CDP Performance.getMetrics, sampled
//    every 100 ms) and the wasm linear memory at the end (it only grows, so
//    that is its peak),
//  - with KILIT_BENCH_APPLY=1, apply -> workbench shown (renders every
//    account: slow for tens of thousands until the table is paginated).
//   node bench/import.mjs [name filter]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launch, DIST, ROOT } from '../tests/e2e/helpers.mjs';

const cases = [
  { name: '1,000,000 lines (tr, invoice numbers)', args: ['--lines', '1000000'] },
  { name: '70,000 lines, 23,000 customers (tr, cost)', args: ['--lines', '70000', '--customers', '23000', '--cost'] },
];

const OBSERVE = `(() => {
  window.__long = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: false });
  } catch (e) { window.__long = null; }
})();`;

// `node bench/import.mjs 70,000` runs only the cases whose name contains the argument.
const only = process.argv[2];
const dir = mkdtempSync(join(tmpdir(), 'kilit-bench-import-'));
const server = await startServer(DIST);
const browser = await launch();
try {
  for (const c of cases.filter((c) => !only || c.name.includes(only))) {
    const file = join(dir, 'ledger.csv');
    execFileSync('python3', [join(ROOT, 'scripts', 'gen-ledger'), ...c.args, '--out', file]);
    const mb = statSync(file).size / 1e6;
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }));
    await page.goto(`${server.origin}/?lang=tr#/accounts`);
    await page.waitForSelector('#import-open');
    await page.fill('#analysis-date', '2025-06-30');
    await page.click('#import-open');
    await page.waitForSelector('#import-file');
    await page.evaluate(OBSERVE);
    const heap = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    };
    const wasmBytes = () => page.evaluate(() => {
      return window.__wasm?.memory?.buffer?.byteLength ?? null;
    });
    const heapBefore = await heap();
    let peak = heapBefore;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        try { peak = Math.max(peak, await heap()); } catch { break; }
        await new Promise((r) => setTimeout(r, 100));
      }
    })();

    const t0 = Date.now();
    await page.setInputFiles('#import-file', file);
    await page.waitForFunction(() => document.activeElement?.id === 'mapping-title', null, { timeout: 120000 });
    const tMapped = Date.now() - t0;
    const t1 = Date.now();
    await page.click('#start-import');
    await page.waitForFunction(() => document.activeElement?.id === 'review-title', null, { timeout: 300000, polling: 20 });
    const tRead = Date.now() - t1;
    // The same from the app's own marks (no Playwright round trips).
    const marks = await page.evaluate(() => {
      const get = (n) => performance.getEntriesByName(n).at(-1)?.startTime;
      return { open: get('kilit:import-open'), decoded: get('kilit:import-decoded'), mapped: get('kilit:import-mapped'), read: get('kilit:import-read'), done: get('kilit:import-done'), finish: get('kilit:import-finish'), finished: get('kilit:import-finished') };
    });
    // Long tasks while opening (sample, detection, preview) and while reading.
    const split = await page.evaluate((readAt) => {
      if (!window.__long) return null;
      const open = window.__long.filter(([t]) => t < readAt).map(([, d]) => Math.round(d));
      const read = window.__long.filter(([t]) => t >= readAt).map(([, d]) => Math.round(d)).sort((a, b) => b - a);
      return { open: Math.max(0, ...open), read };
    }, marks.read ?? 0);
    const summary = await page.textContent('#import-summary');
    sampling = false;
    await sampler;
    const wasm = await wasmBytes();
    console.log(`\n${c.name}: ${mb.toFixed(1)} MB`);
    console.log(`  file chosen -> mapping shown      ${tMapped} ms`);
    if (marks.open && marks.decoded && marks.mapped) console.log(`    (app marks: start read and decoded ${(marks.decoded - marks.open).toFixed(0)} ms, then preview and mapping rendered ${(marks.mapped - marks.decoded).toFixed(0)} ms)`);
    console.log(`  read clicked -> review shown      ${tRead} ms (app marks: ${marks.read && marks.done ? (marks.done - marks.read).toFixed(0) : '?'} ms)`);
    console.log(`  file chosen -> aggregation done   ${tMapped + tRead} ms (without the user's click)`);
    const fmtLong = (ms) => (ms === 0 ? '< 50 ms (no long task)' : `${ms} ms`);
    if (split) {
      console.log(`  longest task while opening        ${fmtLong(split.open)}`);
      console.log(`  longest task while reading        ${fmtLong(split.read[0] ?? 0)} (${split.read.length} long tasks; ${split.read.slice(0, 5).join(', ')} ms)`);
    }
    if (marks.finish && marks.finished && marks.done) console.log(`  finish() ${(marks.finished - marks.finish).toFixed(0)} ms, then review rendered ${(marks.done - marks.finished).toFixed(0)} ms later`);
    console.log(`  JS heap used                      ${(heapBefore / 1e6).toFixed(1)} MB before, ${(peak / 1e6).toFixed(1)} MB peak (sampled every 100 ms)`);
    if (wasm) console.log(`  wasm memory                       ${(wasm / 1e6).toFixed(1)} MB`);
    console.log(`  ${summary.trim()}`);
    // Applying renders the workbench with every account (the table is not
    // paginated yet), which for tens of thousands of accounts is the slow part.
    const t2 = Date.now();
    if (process.env.KILIT_BENCH_APPLY) try {
      await page.click('#apply-import', { timeout: 300000 });
      await page.waitForSelector('#accounts-table', { timeout: 300000 });
      console.log(`  apply -> workbench shown          ${Date.now() - t2} ms`);
    } catch (e) {
      console.log(`  apply -> workbench shown          not within 300 s (${e.message.split('\n')[0]})`);
    }
    await context.close();
    rmSync(file, { force: true });
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
