// Self-assessment benchmarks (not tests; nothing is asserted):
//  1. answer click -> rescored and repainted, at 4x CPU throttling: median
//     and worst over many answers (target <= 16 ms);
//  2. navigation -> first question visible, at 1x and 4x, next to a plain
//     static HTML page showing the same first step (the floor; target <= 2x).
// "Painted" is taken as the first task after the next animation frame.
//   node bench/assessment.mjs [runs]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, DIST, ROOT } from '../tests/e2e/helpers.mjs';

const runs = Number(process.argv[2] || 7);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const fmt = (x) => x.toFixed(1);

// The floor: the first step of the CRM instrument as static HTML with the app's stylesheet.
function floorPage() {
  const css = readdirSync(DIST).find((f) => f.endsWith('.css'));
  const inst = JSON.parse(readFileSync(join(ROOT, 'instruments', 'crm-readiness.json'), 'utf8'));
  const dim = inst.dimensions[0];
  const labels = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
  const items = inst.items.filter((i) => i.dimension === dim.id).map((item) => {
    const values = item.kind === 'agree5' ? [1, 2, 3, 4, 5] : item.kind === 'yes_no' ? [0, 1] : [...Array(11).keys()];
    const opts = values.map((v) => `<label class="option" for="q-${item.id}-${v}"><input type="radio" id="q-${item.id}-${v}" name="q-${item.id}"><span>${item.kind === 'agree5' ? labels[v - 1] : v}</span></label>`).join('');
    return `<fieldset class="item"><legend>${item.text.en}</legend><div class="options">${opts}<label class="option na"><input type="radio" name="q-${item.id}"><span>Not applicable / don't know</span></label></div></fieldset>`;
  }).join('');
  const steps = inst.dimensions.map((d, i) => `<li><button type="button" class="step-link"${i === 0 ? ' aria-current="step"' : ''}><span class="step-title">${d.title.en}</span><span class="step-count">0/${inst.items.filter((it) => it.dimension === d.id).length}</span></button></li>`).join('');
  const header = `<header class="site-header"><a class="brand" href="#/"><span class="brand-mark">◆</span><span class="brand-name">Kilit</span></a><nav><ul class="nav-list"><li><a href="#/">Home</a></li><li><a href="#/assessment" aria-current="page">Self-assessment</a></li><li><a href="#/accounts">Key accounts</a></li><li><a href="#/report">Report</a></li></ul></nav><div class="lang-switch"><button class="lang-button">Türkçe</button><button class="lang-button" aria-pressed="true">English</button><button class="lang-button">فارسی</button></div></header>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>floor</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/${css}"></head><body><div id="kilit"><div class="app">${header}<main id="main"><h1>${inst.title.en}</h1><p class="lead">${inst.description.en}</p><div class="progress-row"><span>0 of ${inst.items.length} answered</span><progress max="${inst.items.length}" value="0"></progress></div><div class="assessment-layout"><nav class="step-list"><ol>${steps}</ol></nav><div class="step"><p class="step-of">Step 1 of ${inst.dimensions.length}</p><h2>${dim.title.en}</h2><p class="muted">${dim.description.en}</p>${items}<div class="step-nav"><button class="button primary">Next</button></div></div></div></main><footer class="site-footer"><p>Your data stays in this browser.</p></footer></div></div></body></html>`;
}

// Clicks the element with `id` and resolves with the time until the frame
// showing the result has been painted.
function clickToPaint(page, id) {
  return page.evaluate((id) => new Promise((resolve) => {
    const t0 = performance.now();
    document.getElementById(id).click();
    requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(performance.now() - t0); ch.port2.postMessage(0); });
  }), id);
}

// Records when the first question appears, then when the frame showing it is painted.
const WATCH = `(() => {
  const done = () => { if (window.__seen) return; window.__seen = performance.now();
    requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => { window.__painted = performance.now(); }; ch.port2.postMessage(0); }); };
  const check = () => { if (document.querySelector('input[name="q-cc_01"]')) { done(); return true; } return false; };
  if (!check()) { const mo = new MutationObserver(() => { if (check()) mo.disconnect(); }); mo.observe(document, { childList: true, subtree: true }); }
})();`;

const server = await startServer(DIST, { '/floor.html': floorPage() });
const browser = await launch();
try {
  for (const rate of [1, 4]) {
    for (const [name, path] of [['kilit', '/?lang=en#/assessment'], ['static floor', '/floor.html']]) {
      const times = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.addInitScript(WATCH);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        await page.goto(server.origin + path);
        await page.waitForFunction(() => window.__painted);
        times.push(await page.evaluate(() => window.__painted));
        await context.close();
      }
      console.log(`first question visible, CPU ${rate}x, ${name}: median ${fmt(median(times))} ms (min ${fmt(Math.min(...times))}, max ${fmt(Math.max(...times))})`);
    }
  }

  // The floor for an answer: the same click on the static page (no app at
  // all), so only the browser's own style, layout and paint remain.
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(server.origin + '/floor.html');
    const ids = await page.$$eval('.step input[type=radio][id]', (els) => els.map((e) => e.id));
    const floor = [];
    for (let round = 0; round < 5; round++) {
      for (const id of ids) {
        floor.push(await clickToPaint(page, id));
      }
    }
    console.log(`answer -> repainted on the static floor page, CPU 4x: median ${fmt(median(floor))} ms over ${floor.length} clicks`);
    await context.close();
  }

  // Answer latency at 4x: click each radio of the first steps, time to the painted frame.
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(server.origin + '/?lang=en#/assessment');
  await page.waitForSelector('input[name="q-cc_01"]');
  const latencies = [];
  for (let step = 0; step < 5; step++) {
    const ids = await page.$$eval('.step input[type=radio]', (els) => els.map((e) => e.id));
    for (const id of ids) {
      latencies.push(await clickToPaint(page, id));
    }
    await page.click('.step-nav button.primary');
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  console.log(`answer -> rescored and repainted, CPU 4x: median ${fmt(median(latencies))} ms, p95 ${fmt(sorted[Math.floor(sorted.length * 0.95)])} ms, worst ${fmt(sorted[sorted.length - 1])} ms over ${latencies.length} answers`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
