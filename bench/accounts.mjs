// Selection workbench benchmark (not a test; nothing is asserted): with the
// generated example of 10,000 accounts loaded, at 1x CPU,
//  (a) a weight change -> re-ranked and repainted,
//  (b) sort by name (and back to score) -> repainted,
// median of several runs, and the longest main-thread task seen while doing
// them (PerformanceObserver 'longtask', which reports tasks over 50 ms).
// "Painted" is taken as the first task after the next animation frame.
//   node bench/accounts.mjs [runs] [accounts]
import { startServer, launch, DIST } from '../tests/e2e/helpers.mjs';

const runs = Number(process.argv[2] || 7);
const size = String(process.argv[3] || 10000);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const fmt = (x) => x.toFixed(1);

const LONGTASKS = `(() => {
  window.__long = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch { /* no longtask support: reported as none */ }
})();`;

// Runs `action` (a function body acting on the page) and resolves with the
// time until the frame showing the result has been painted.
function toPaint(page, body, arg) {
  return page.evaluate(([body, arg]) => new Promise((resolve) => {
    const t0 = performance.now();
    new Function('arg', body)(arg);
    requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(performance.now() - t0); ch.port2.postMessage(0); });
  }), [body, arg]);
}

const SET_WEIGHT = `const el = document.getElementById('w-margin');
  el.value = String(arg); el.dispatchEvent(new InputEvent('input', { bubbles: true }));`;
const CLICK = `document.getElementById(arg).click();`;

const server = await startServer(DIST);
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(LONGTASKS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.goto(`${server.origin}/?lang=en#/accounts`);
  await page.waitForSelector('#example-size');
  await page.selectOption('#example-size', size);
  const t0 = Date.now();
  await page.click('#load-example');
  await page.waitForFunction((n) => document.querySelector('#page-status')?.textContent.includes(Number(n).toLocaleString('en')), size);
  console.log(`load the ${Number(size).toLocaleString('en')}-account example (generate, analyse, first page): ${Date.now() - t0} ms`);
  await page.evaluate(() => { window.__long = []; });

  const weight = [];
  for (let i = 0; i < runs; i++) {
    weight.push(await toPaint(page, SET_WEIGHT, i % 2 ? 3 : 6));
  }
  const longWeight = await page.evaluate(() => Math.max(0, ...window.__long));
  await page.evaluate(() => { window.__long = []; });
  const byName = [];
  const byScore = [];
  for (let i = 0; i < runs; i++) {
    byName.push(await toPaint(page, CLICK, 'sort-name'));
    byScore.push(await toPaint(page, CLICK, 'sort-score'));
  }
  const longSort = await page.evaluate(() => Math.max(0, ...window.__long));
  const pageTurn = [];
  for (let i = 0; i < runs; i++) pageTurn.push(await toPaint(page, CLICK, 'page-next'));

  console.log(`weight change -> re-ranked and repainted, CPU 1x: median ${fmt(median(weight))} ms (min ${fmt(Math.min(...weight))}, max ${fmt(Math.max(...weight))}) over ${runs}`);
  console.log(`sort by name -> repainted, CPU 1x: median ${fmt(median(byName))} ms (min ${fmt(Math.min(...byName))}, max ${fmt(Math.max(...byName))}; the first sort of a name list collates, later ones reuse it)`);
  console.log(`sort by score -> repainted, CPU 1x: median ${fmt(median(byScore))} ms (max ${fmt(Math.max(...byScore))})`);
  console.log(`next page -> repainted, CPU 1x: median ${fmt(median(pageTurn))} ms`);
  console.log(`longest main-thread task: ${fmt(longWeight)} ms during weight changes, ${fmt(longSort)} ms during sorting (0 = none over 50 ms)`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
