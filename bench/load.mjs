// Time from navigation start to the home screen being visible, in headless
// Chromium, at 1× and 4× CPU throttling (CDP Emulation.setCPUThrottlingRate).
// Benchmark, not a test: prints medians, asserts nothing.
//   node bench/load.mjs [runs] [path]      (default 9 runs, path "/?lang=tr")
import { startServer, launch } from '../tests/e2e/helpers.mjs';

const runs = Number(process.argv[2] || 9);
const path = process.argv[3] || '/?lang=tr';
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const server = await startServer();
const browser = await launch();
try {
  for (const rate of [1, 4]) {
    const ready = [];
    const fcp = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto(server.origin + path);
      await page.waitForFunction(() => performance.getEntriesByName('kilit:ready').length > 0 && document.querySelector('#kilit h1'));
      const t = await page.evaluate(() => ({
        ready: performance.getEntriesByName('kilit:ready')[0].startTime,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      }));
      ready.push(t.ready);
      fcp.push(t.fcp);
      await context.close();
    }
    console.log(`CPU ${rate}x: home visible median ${median(ready).toFixed(0)} ms (min ${Math.min(...ready).toFixed(0)}, max ${Math.max(...ready).toFixed(0)}), first contentful paint median ${median(fcp).toFixed(0)} ms, ${runs} runs`);
  }
} finally {
  await browser.close();
  await server.close();
}
