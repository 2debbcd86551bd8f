// Durable workspaces: autosave and restore, named workspaces, two tabs,
// blocked and damaged storage, erase all, "don't keep anything here".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, waitForApp, axe, screenshot } from './helpers.mjs';

const env = suite();

/** A new browser context (own storage) with one instrumented page. */
async function newContext(options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const pages = [];
  const page = async () => {
    const p = await context.newPage();
    p.problems = [];
    p.on('console', (m) => m.type() === 'error' && p.problems.push(`console error: ${m.text()}`));
    p.on('pageerror', (e) => p.problems.push(`page error: ${e.message}`));
    p.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(env.server.origin) && !u.startsWith('data:') && !u.startsWith('blob:')) p.problems.push(`foreign request: ${u}`);
    });
    pages.push(p);
    return p;
  };
  const close = async () => {
    for (const p of pages) assert.deepEqual(p.problems, [], 'no console errors and no foreign requests');
    await context.close();
  };
  return { context, page, close };
}

const PAGE_MARK = [
  ['#/accounts', '#load-example, #accounts-table'],
  ['#/workspaces', '.workspaces-page'],
  ['#/assessment/results', '#scores-table, #plan-table'],
  ['#/assessment', '.step'],
];

/** Opens `path` and waits for its page (a fragment change does not reload). */
async function go(page, path) {
  await page.goto(env.server.origin + path);
  await waitForApp(page);
  const mark = PAGE_MARK.find(([hash]) => path.endsWith(hash));
  if (mark) await page.waitForSelector(mark[1]);
}

const state = (page) => page.getAttribute('[data-save-state]', 'data-save-state');

/** Runs `action`, then waits until the change is stored. */
async function andSaved(page, action) {
  await action();
  await page.waitForSelector('[data-save-state=saving]');
  await page.waitForSelector('[data-save-state=saved]');
}

/** Keys of Kilit's IndexedDB store (empty when the database does not exist). */
const idbKeys = (page) =>
  page.evaluate(async () => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === 'kilit')) return [];
    return new Promise((ok, no) => {
      const r = indexedDB.open('kilit');
      r.onerror = () => no(r.error);
      r.onsuccess = () => {
        const d = r.result;
        const q = d.transaction('kv').objectStore('kv').getAllKeys();
        q.onsuccess = () => { d.close(); ok(q.result); };
      };
    });
  });

const idbGet = (page, key) =>
  page.evaluate((key) => new Promise((ok, no) => {
    const r = indexedDB.open('kilit');
    r.onerror = () => no(r.error);
    r.onsuccess = () => {
      const d = r.result;
      const q = d.transaction('kv').objectStore('kv').get(key);
      q.onsuccess = () => { d.close(); ok(q.result); };
    };
  }), key);

const idbPut = (page, key, value) =>
  page.evaluate(([key, value]) => new Promise((ok, no) => {
    const r = indexedDB.open('kilit');
    r.onerror = () => no(r.error);
    r.onsuccess = () => {
      const d = r.result;
      const t = d.transaction('kv', 'readwrite');
      t.objectStore('kv').put(value, key);
      t.oncomplete = () => { d.close(); ok(); };
    };
  }), [key, value]);

const localKeys = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kilit.')).sort());

const rowCount = (page) => page.locator('#accounts-table tbody tr').count();

async function loadExample(page) {
  await go(page, '/?lang=en#/accounts');
  await andSaved(page, () => page.click('#load-example'));
  await page.waitForFunction(() => document.querySelectorAll('#accounts-table tbody tr').length === 25);
}

async function currentWorkspaceText(page) {
  const index = JSON.parse(await idbGet(page, 'kilit.workspaces'));
  return idbGet(page, `kilit.workspace.${index.data.current}`);
}

test('answers, plan, accounts, weights, pins and the analysis survive a reload; amounts exactly', async () => {
  const { page, close } = await newContext();
  const p = await page();
  await go(p, '/?lang=en#/assessment');
  await p.waitForSelector('.step input');
  const firstRadios = await p.$$eval('.step .item', (items) =>
    items.slice(0, 3).map((i) => i.querySelector('input[type=radio]').id));
  for (const id of firstRadios) await p.click(`label[for="${id}"]`);
  await go(p, '/?lang=en#/assessment/results');
  await p.waitForSelector('#plan-table tbody tr');
  const owner = p.locator('#plan-table tbody tr').first().locator('td').nth(2).locator('input');
  await andSaved(p, async () => {
    await owner.fill('Ayşe Yılmaz');
    await owner.press('Tab');
  });
  await loadExample(p);
  await andSaved(p, () => p.fill('#w-margin', '7.5'));
  const miss = await p.getAttribute('#near-misses > li:first-child', 'data-account');
  await p.fill(`#reason-${miss}`, 'Strategic pilot');
  await andSaved(p, () => p.click(`#near-misses > li[data-account="${miss}"] .pin`));
  const table = await p.textContent('#accounts-table');
  const stored = JSON.parse(await currentWorkspaceText(p));

  await p.reload();
  await waitForApp(p);
  assert.equal(await state(p), 'saved', 'nothing to save right after a restore');
  assert.equal(await rowCount(p), 25);
  assert.equal(await p.inputValue('#w-margin'), '7.5');
  await p.waitForSelector(`#shortlist > li[data-account="${miss}"]`);
  assert.match(await p.textContent(`#shortlist > li[data-account="${miss}"]`), /Strategic pilot/);
  assert.equal(await p.textContent('#accounts-table'), table, 'the table reads the same');
  await go(p, '/?lang=en#/assessment/results');
  await p.waitForSelector('#plan-table tbody tr');
  assert.equal(await p.locator('#plan-table tbody tr').first().locator('td').nth(2).locator('input').inputValue(), 'Ayşe Yılmaz');
  await go(p, '/?lang=en#/assessment');
  for (const id of firstRadios) assert.ok(await p.isChecked(`#${id}`), `${id} still answered`);

  // Saved again after a load, the accounts (every amount) are the same JSON.
  await go(p, '/?lang=en#/accounts');
  await andSaved(p, () => p.fill('#w-margin', '8'));
  await andSaved(p, () => p.fill('#w-margin', '7.5'));
  const again = JSON.parse(await currentWorkspaceText(p));
  assert.deepEqual(again.data.portfolio, stored.data.portfolio, 'amounts survive save → load → save');
  assert.deepEqual(again.data.settings, stored.data.settings);
  await close();
});

test('named workspaces: create, switch (each keeps its own data), rename, duplicate, delete', async () => {
  const { page, close } = await newContext();
  const p = await page();
  await go(p, '/?lang=en#/workspaces');
  assert.equal(await p.locator('.workspace-item').count(), 0);
  assert.deepEqual(await axe(p), [], 'axe on the empty workspaces page');
  await p.fill('#new-workspace-name', 'Anadolu Gıda');
  await p.click('.new-workspace button[type=submit]');
  await p.waitForSelector('.workspace-item .badge');
  assert.match(await p.textContent('.workspace-link'), /Anadolu Gıda/);
  await loadExample(p);

  await go(p, '/?lang=en#/workspaces');
  await p.fill('#new-workspace-name', 'Ege Tekstil');
  await p.click('.new-workspace button[type=submit]');
  await p.waitForFunction(() => document.querySelector('.workspace-link').textContent.includes('Ege Tekstil'));
  await go(p, '/?lang=en#/accounts');
  assert.equal(await rowCount(p), 0, 'the new workspace is empty');

  // Back and forth.
  await go(p, '/?lang=en#/workspaces');
  const item = (name) => p.locator('.workspace-item', { has: p.locator('.workspace-name', { hasText: name }) });
  await item('Anadolu Gıda').locator('[data-action=open]').click();
  await p.waitForFunction(() => document.querySelector('.workspace-link').textContent.includes('Anadolu Gıda'));
  await go(p, '/?lang=en#/accounts');
  assert.equal(await rowCount(p), 25);
  await go(p, '/?lang=en#/workspaces');
  await item('Ege Tekstil').locator('[data-action=open]').click();
  await p.waitForFunction(() => document.querySelector('.workspace-link').textContent.includes('Ege Tekstil'));
  await go(p, '/?lang=en#/accounts');
  assert.equal(await rowCount(p), 0);

  // Rename, duplicate, delete.
  await go(p, '/?lang=en#/workspaces');
  await item('Anadolu Gıda').locator('[data-action=rename]').click();
  await p.fill('#rename-input', 'ege tekstil');
  await p.click('.workspace-rename button[type=submit]');
  assert.match(await p.textContent('#workspace-name-error'), /already/, 'names are unique ignoring case');
  await p.fill('#rename-input', 'Anadolu Gıda A.Ş.');
  await p.click('.workspace-rename button[type=submit]');
  await item('Anadolu Gıda A.Ş.').waitFor();
  await item('Anadolu Gıda A.Ş.').locator('[data-action=duplicate]').click();
  await item('Anadolu Gıda A.Ş. (copy)').waitFor();
  assert.equal(await p.locator('.workspace-item').count(), 3);
  await item('Anadolu Gıda A.Ş. (copy)').locator('[data-action=open]').click();
  await p.waitForFunction(() => document.querySelector('.workspace-link').textContent.includes('(copy)'));
  await go(p, '/?lang=en#/accounts');
  assert.equal(await rowCount(p), 25, 'the copy has the data');
  await go(p, '/?lang=en#/workspaces');
  await item('Anadolu Gıda A.Ş. (copy)').locator('[data-action=delete]').click();
  await p.click('[data-action=confirm-delete]');
  await p.waitForFunction(() => document.querySelectorAll('.workspace-item').length === 2);
  assert.ok(!(await idbKeys(p)).some((k) => k.includes('backup')));
  assert.equal((await idbKeys(p)).filter((k) => k.startsWith('kilit.workspace.')).length, 2);

  // Survives a reload, light and dark pass axe; screenshots in tr and fa.
  await p.reload();
  await waitForApp(p);
  assert.equal(await p.locator('.workspace-item').count(), 2);
  assert.deepEqual(await axe(p), [], 'axe on the workspaces page (light)');
  await p.emulateMedia({ colorScheme: 'dark' });
  assert.deepEqual(await axe(p), [], 'axe on the workspaces page (dark)');
  await p.emulateMedia({ colorScheme: 'light' });
  for (const lang of ['tr', 'fa']) {
    await go(p, `/?lang=${lang}#/workspaces`);
    await p.locator('[data-action=delete]').first().click();
    assert.deepEqual(await axe(p), [], `axe with a confirmation open (${lang})`);
    await screenshot(p, `workspaces-${lang}`);
  }
  await p.setViewportSize({ width: 360, height: 800 });
  await go(p, '/?lang=fa#/workspaces');
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at 360 px (${overflow})`);
  await screenshot(p, 'workspaces-fa-360');
  await close();
});

test('two tabs: a save in one is loaded by the other; changes on both sides are never overwritten', async () => {
  const { page, close } = await newContext();
  const a = await page();
  await loadExample(a);
  const b = await page();
  await go(b, '/?lang=en#/accounts');
  assert.equal(await rowCount(b), 25);

  // A saves; B has no changes, so it loads A's version.
  await andSaved(a, () => a.fill('#w-margin', '3'));
  await b.waitForFunction(() => document.querySelector('#w-margin').value === '3');
  await b.waitForSelector('[data-notice=reloaded]');

  // Both change: the later one is told and keeps its version as a copy.
  await b.fill('#w-margin', '4');
  await a.fill('#w-margin', '5');
  await a.waitForSelector('[data-save-state=conflict]');
  await a.waitForSelector('[data-notice=conflict]');
  assert.equal(await b.inputValue('#w-margin'), '4', 'B keeps what it saved');
  await a.click('[data-notice=conflict] .button:not(.primary)');
  await a.waitForSelector('[data-save-state=saved]');
  assert.match(await a.textContent('.workspace-link'), /\(copy\)/);
  assert.equal(await a.inputValue('#w-margin'), '5');
  await go(b, '/?lang=en#/workspaces');
  await b.waitForFunction(() => document.querySelectorAll('.workspace-item').length === 2);
  await close();
});

test('blocked storage: a notice says work is not kept, and the app works in memory', async () => {
  const { context, page, close } = await newContext();
  await context.addInitScript(() => {
    const blocked = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
    Object.defineProperty(window, 'indexedDB', { get: () => ({ open: blocked, deleteDatabase: blocked, databases: async () => [] }) });
  });
  const p = await page();
  await go(p, '/?lang=tr#/accounts');
  await p.waitForSelector('[data-notice=unavailable]');
  assert.equal(await state(p), 'unavailable');
  await p.click('#load-example');
  await p.waitForFunction(() => document.querySelectorAll('#accounts-table tbody tr').length === 25);
  await go(p, '/?lang=tr#/workspaces');
  assert.ok(await p.isVisible('.workspaces-page .notice'));
  await close();
});

test('damaged saved data: the raw copy is kept under a backup key and the user is told', async () => {
  const { page, close } = await newContext();
  const p = await page();
  await loadExample(p);
  const index = JSON.parse(await idbGet(p, 'kilit.workspaces'));
  const key = `kilit.workspace.${index.data.current}`;
  const text = await idbGet(p, key);
  const cut = text.slice(0, Math.floor(text.length / 2));
  await idbPut(p, key, cut);
  // An older backup of the same key is never overwritten.
  await idbPut(p, `kilit.backup.1.${key}`, 'older');
  await p.reload();
  await waitForApp(p);
  await p.waitForSelector('[data-notice=damaged]');
  const notice = await p.textContent('[data-notice=damaged]');
  assert.match(notice, /could not be opened/);
  assert.match(notice, /cut off/);
  const backups = (await idbKeys(p)).filter((k) => k.startsWith('kilit.backup.'));
  assert.equal(backups.length, 2);
  const fresh = backups.find((k) => k !== `kilit.backup.1.${key}`);
  assert.ok(notice.includes(fresh), 'the notice names the backup key');
  assert.equal(await idbGet(p, fresh), cut, 'the raw copy is kept as it was');
  assert.equal(await idbGet(p, `kilit.backup.1.${key}`), 'older');
  assert.equal(await rowCount(p), 0, 'started clean');

  // A partly readable workspace keeps the rest and names what was lost.
  const data = JSON.parse(text);
  data.data.portfolio.accounts[0].revenue = { raw: 'x', value: 'not a number' };
  await idbPut(p, key, JSON.stringify(data));
  await p.reload();
  await waitForApp(p);
  await p.waitForSelector('[data-notice=damaged]');
  assert.match(await p.textContent('[data-notice=damaged]'), /Part of your saved workspace/);
  await go(p, '/?lang=en#/accounts');
  assert.equal(await rowCount(p), 25);
  await close();
});

test('erase all leaves nothing; "don\'t keep anything" writes nothing', async () => {
  const { page, close } = await newContext();
  const p = await page();
  await loadExample(p);
  await p.click('button[lang=tr]');
  assert.ok((await localKeys(p)).includes('kilit.lang'));
  await go(p, '/?lang=en#/workspaces');
  await p.click('[data-action=erase-all]');
  await p.click('[data-action=confirm-erase-all]');
  await p.waitForSelector('[data-notice=erased]');
  assert.deepEqual(await idbKeys(p), []);
  assert.deepEqual(await p.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), []);
  assert.deepEqual(await localKeys(p), []);
  await go(p, '/?lang=en#/accounts');
  assert.equal(await rowCount(p), 0, 'the screen is cleared too');

  // Don't keep anything: erase, then write nothing but the switch.
  await loadExample(p);
  await go(p, '/?lang=en#/workspaces');
  await p.click('#keep-nothing');
  await p.click('[data-action=confirm-keep-nothing]');
  await p.waitForSelector('[data-save-state=not-kept]');
  assert.equal(await p.getAttribute('#keep-nothing', 'aria-checked'), 'true');
  await go(p, '/?lang=en#/accounts');
  assert.equal(await rowCount(p), 25, 'the work on screen stays');
  await p.fill('#w-margin', '9');
  await p.click('button[lang=fa]');
  await p.reload();
  await waitForApp(p);
  await p.waitForSelector('[data-notice=not-kept]');
  assert.equal(await state(p), 'not-kept');
  assert.equal(await rowCount(p), 0, 'nothing was kept');
  assert.deepEqual(await idbKeys(p), []);
  assert.deepEqual(await localKeys(p), ['kilit.keep']);
  await p.click('#load-example');
  await p.waitForFunction(() => document.querySelectorAll('#accounts-table tbody tr').length === 25);
  assert.deepEqual(await idbKeys(p), []);

  // Keeping again stores what is on screen.
  await go(p, '/?lang=en#/workspaces');
  await andSaved(p, () => p.click('#keep-nothing'));
  assert.deepEqual(await localKeys(p), []);
  assert.equal((await idbKeys(p)).filter((k) => k.startsWith('kilit.workspace.')).length, 1);
  await close();
});

test('start over asks first, offers the JSON download, then empties the workspace', async () => {
  const { page, close } = await newContext({ acceptDownloads: true });
  const p = await page();
  await loadExample(p);
  await go(p, '/?lang=en#/workspaces');
  await p.click('[data-action=start-over]');
  const [download] = await Promise.all([
    p.waitForEvent('download'),
    p.click('.confirm button:not(.primary)'),
  ]);
  assert.match(download.suggestedFilename(), /^kilit-Workspace-1-\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(await (await import('node:fs/promises')).readFile(await download.path(), 'utf8'));
  assert.equal(json.format, 'kilit-workspace');
  assert.equal(json.data.portfolio.accounts.length, 25);
  await andSaved(p, () => p.click('[data-action=confirm-start-over]'));
  await go(p, '/?lang=en#/accounts');
  assert.equal(await rowCount(p), 0);
  await p.reload();
  await waitForApp(p);
  assert.equal(await rowCount(p), 0, 'the empty workspace was saved');
  await close();
});
