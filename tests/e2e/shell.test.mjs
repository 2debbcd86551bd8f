// The app shell, driven as a person would in Chromium against the release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  suite, instrumentedPage, waitForApp, axe, screenshot, tabTo, LOCALES, SUB_PATH,
} from './helpers.mjs';

const env = suite();

async function open(path, options) {
  const page = await instrumentedPage(env.browser, env.server.origin, options);
  await page.goto(env.server.origin + path);
  await waitForApp(page);
  return page;
}

function assertClean(page) {
  assert.deepEqual(page.problems, [], 'no console errors and no requests to other origins');
}

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

test('the home page loads in each language with lang and dir set', async () => {
  const headings = new Set();
  for (const lang of LOCALES) {
    const page = await open(`/?lang=${lang}`);
    const html = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      h1: document.querySelector('h1').textContent,
      cards: document.querySelectorAll('.module-card').length,
      footer: document.querySelector('footer').textContent,
      title: document.title,
    }));
    assert.equal(html.lang, lang);
    assert.equal(html.dir, lang === 'fa' ? 'rtl' : 'ltr');
    assert.equal(html.cards, 2);
    assert.ok(html.footer.length > 10, 'footer says where the data stays');
    assert.equal(ARABIC_SCRIPT.test(html.h1), lang === 'fa', `heading script for ${lang}: ${html.h1}`);
    assert.notEqual(html.title, 'Kilit', 'the title is translated too');
    headings.add(html.h1);
    await screenshot(page, `home-${lang}`);
    assertClean(page);
    await page.closeAll();
  }
  assert.equal(headings.size, 3, 'each language has its own heading');
});

test('the browser language is used when nothing else is chosen', async () => {
  const page = await open('/', { locale: 'tr-TR' });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'tr');
  await page.closeAll();
  const other = await open('/', { locale: 'de-DE' });
  assert.equal(await other.evaluate(() => document.documentElement.lang), 'en');
  await other.closeAll();
});

test('switching language updates the page, the URL and is remembered', async () => {
  const page = await open('/?lang=en#/');
  const before = await page.textContent('h1');
  await page.click('button[lang=fa]');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  const after = await page.textContent('h1');
  assert.notEqual(after, before);
  assert.match(page.url(), /[?&]lang=fa/);
  assert.match(page.url(), /#\/$/, 'the fragment is kept');
  assert.equal(await page.getAttribute('button[lang=fa]', 'aria-pressed'), 'true');
  // Reload without ?lang: the saved choice wins over the browser language.
  await page.goto(page.url().replace(/\?lang=fa/, ''));
  await waitForApp(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fa');
  await screenshot(page, 'home-fa-after-switch');
  assertClean(page);
  await page.closeAll();
});

test('the modules are reachable by keyboard alone, and back returns', async () => {
  const page = await open('/?lang=en');
  for (const [href, section] of [['#/assessment', 'assessment'], ['#/accounts', 'accounts']]) {
    await page.goto(`${env.server.origin}/?lang=en#/`);
    await waitForApp(page);
    assert.ok(await tabTo(page, `main a[href="${href}"]`), `Tab reaches the ${section} card`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((h) => location.hash === h, href);
    await page.waitForFunction((h) => document.querySelector('nav a[aria-current=page]')?.getAttribute('href') === h, href);
    // Focus moves to the new page heading (the assessment replaces its
    // loading heading when the questionnaires arrive, and keeps focus there).
    await page.waitForFunction(() => document.activeElement?.id === 'page-title');
    await page.goBack();
    await page.waitForFunction(() => location.hash === '#/');
    await page.waitForFunction(() => document.querySelectorAll('.module-card').length === 2);
  }
  // The language switcher works from the keyboard too.
  assert.ok(await tabTo(page, 'button[lang=tr]'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'tr');
  assertClean(page);
  await page.closeAll();
});

test('deep links open their page; unknown ones say so', async () => {
  const page = await open('/?lang=en#/accounts');
  assert.equal(await page.getAttribute('nav a[aria-current=page]', 'href'), '#/accounts');
  await page.goto(`${env.server.origin}/?lang=en#/no/such/page`);
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.locator('main a[href="#/"]').count(), 1, 'a way back home');
  const module = await open('/?lang=en&module=assessment');
  assert.equal(await module.getAttribute('nav a[aria-current=page]', 'href'), '#/assessment');
  assertClean(page);
  assertClean(module);
  await page.closeAll();
  await module.closeAll();
});

test('it works when served from a sub-path', async () => {
  const page = await open(`${SUB_PATH}?lang=tr`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'tr');
  assert.equal(await page.locator('.module-card').count(), 2);
  assertClean(page);
  await page.closeAll();
});

test('every screen passes axe-core in every language, light and dark', async () => {
  const screens = ['#/', '#/assessment', '#/accounts', '#/report', '#/missing'];
  for (const colorScheme of ['light', 'dark']) {
    for (const lang of LOCALES) {
      const page = await open(`/?lang=${lang}`, { colorScheme });
      for (const hash of screens) {
        await page.evaluate((h) => { location.hash = h; }, hash);
        await page.waitForFunction((h) => location.hash === h || (h === '#/' && location.hash === '#/'), hash);
        await waitForApp(page);
        const violations = await axe(page);
        assert.deepEqual(violations, [], `axe on ${hash} in ${lang} (${colorScheme})`);
      }
      assertClean(page);
      await page.closeAll();
    }
  }
});

test('narrow screens (360 px) keep everything reachable', async () => {
  for (const lang of ['tr', 'fa']) {
    const page = await open(`/?lang=${lang}`, { viewport: { width: 360, height: 740 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling at 360 px in ${lang} (overflow ${overflow}px)`);
    await screenshot(page, `home-${lang}-360`);
    await page.closeAll();
  }
});
