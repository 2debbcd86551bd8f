// The key-account selection workbench: the example portfolio, live
// re-ranking, pins and exclusions, the ABC–XYZ filter, the bubble chart by
// keyboard, in-place edits, locale sorting, RTL; audited with axe-core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, instrumentedPage, waitForApp, axe, screenshot, tabTo, finish } from './helpers.mjs';

const env = suite();

async function openWorkbench(lang = 'en', options = {}) {
  const page = await instrumentedPage(env.browser, env.server.origin, options);
  await page.goto(`${env.server.origin}/?lang=${lang}#/accounts`);
  await waitForApp(page);
  await page.click('#load-example');
  await page.waitForFunction(() => document.querySelectorAll('#accounts-table tbody tr').length === 25);
  return page;
}

const rowIds = (page) =>
  page.$$eval('#accounts-table tbody tr[data-account]', (rows) => rows.map((r) => r.dataset.account));
const shortlistIds = (page) => page.$$eval('#shortlist > li', (li) => li.map((l) => l.dataset.account));

test('the empty page offers the example; loading it fills the workbench; axe finds nothing', async () => {
  const page = await instrumentedPage(env.browser, env.server.origin);
  await page.goto(`${env.server.origin}/?lang=en#/accounts`);
  await waitForApp(page);
  assert.equal((await page.textContent('#load-example')).trim(), 'Load example portfolio');
  assert.deepEqual(await axe(page), [], 'axe on the empty workbench');
  await page.click('#load-example');
  await page.waitForFunction(() => document.querySelectorAll('#accounts-table tbody tr').length === 25);
  assert.equal(await page.locator('#shortlist > li').count(), 12, '2 managers × 6 accounts');
  assert.equal(await page.locator('#near-misses > li').count(), 3, 'three nearest misses');
  assert.match(await page.textContent('#guidance'), /fewer than the usual 15–35/);
  assert.deepEqual(await axe(page), [], 'axe on the loaded workbench (light)');
  await screenshot(page, 'accounts-en');
  await finish(page);
});

test('changing a weight re-ranks at once; all weights zero shows the core message, never NaN', async () => {
  const page = await openWorkbench();
  const before = await rowIds(page);
  await page.fill('#w-margin', '10');
  await page.waitForFunction((b) => {
    const ids = [...document.querySelectorAll('#accounts-table tbody tr')].map((r) => r.dataset.account);
    return ids.join() !== b.join();
  }, before);
  assert.equal(await page.inputValue('#preset'), '', 'the preset select says the weights are your own');
  await page.selectOption('#preset', 'balanced');
  await page.waitForFunction((b) => {
    const ids = [...document.querySelectorAll('#accounts-table tbody tr')].map((r) => r.dataset.account);
    return ids.join() === b.join();
  }, before);

  for (const input of await page.locator('.weights input[type=number]').all()) await input.fill('0');
  await page.waitForFunction(() => document.querySelector('#analysis-problems').textContent.includes('All weights are zero'));
  assert.equal(await page.locator('#shortlist > li').count(), 0);
  assert.ok(!(await page.textContent('main')).includes('NaN'), 'no NaN anywhere');
  await finish(page);
});

test('pin and exclude with a reason; the decisions survive re-ranking and can be undone', async () => {
  const page = await openWorkbench();
  const miss = await page.getAttribute('#near-misses > li:first-child', 'data-account');
  await page.fill(`#reason-${miss}`, 'Strategic pilot');
  await page.click(`#near-misses > li[data-account="${miss}"] .pin`);
  await page.waitForSelector(`#shortlist > li[data-account="${miss}"]`);
  // Keyboard focus follows the account to its new place (its undo button).
  await page.waitForFunction((m) => document.activeElement?.id === `decision-${m}`, miss);
  assert.match(await page.textContent(`#shortlist > li[data-account="${miss}"]`), /Strategic pilot/);

  const top = (await shortlistIds(page)).find((id) => id !== miss);
  await page.fill(`#reason-${top}`, 'Moving to a competitor');
  await page.click(`#shortlist > li[data-account="${top}"] .exclude`);
  await page.waitForSelector(`#excluded > li[data-account="${top}"]`);
  assert.match(await page.textContent(`#excluded > li[data-account="${top}"]`), /Moving to a competitor/);
  assert.ok(!(await shortlistIds(page)).includes(top), 'an excluded account is off the list');

  // Re-rank: both decisions hold.
  await page.selectOption('#preset', 'growth_focused');
  await page.waitForFunction(() => document.querySelector('#preset').value === 'growth_focused');
  assert.ok((await shortlistIds(page)).includes(miss), 'the pin survives re-ranking');
  assert.ok(await page.locator(`#excluded > li[data-account="${top}"]`).count(), 'the exclusion survives re-ranking');

  await page.click(`#excluded > li[data-account="${top}"] .clear-decision`);
  await page.waitForFunction((t) => !document.querySelector(`#excluded > li[data-account="${t}"]`), top);
  await page.waitForFunction((t) => document.activeElement?.id === `reason-${t}`, top);
  await finish(page);
});

test('a cell of the ABC–XYZ matrix filters the table and can be cleared', async () => {
  const page = await openWorkbench();
  const count = Number(await page.$eval('button[data-cell=AX]', (b) => b.textContent.replace(/\D/g, '')));
  assert.ok(count > 0);
  await page.click('button[data-cell=AX]');
  await page.waitForFunction((n) => document.querySelectorAll('#accounts-table tbody tr').length === n, count);
  assert.equal(await page.getAttribute('button[data-cell=AX]', 'aria-pressed'), 'true');
  assert.match(await page.textContent('#filter-note'), /AX/);
  await page.click('#show-all');
  await page.waitForFunction(() => document.querySelectorAll('#accounts-table tbody tr').length === 25);
  assert.equal(await page.getAttribute('button[data-cell=AX]', 'aria-pressed'), 'false');
  await finish(page);
});

test('the bubble chart is one tab stop and the arrow keys move between accounts', async () => {
  const page = await openWorkbench();
  assert.equal(await page.locator('circle.bubble[tabindex="0"]').count(), 1, 'one tab stop');
  assert.ok(await tabTo(page, 'circle.bubble', 200), 'Tab reaches the chart');
  const first = await page.evaluate(() => document.activeElement.id);
  const details = await page.textContent('#bubble-details');
  assert.match(details, /attractiveness/);
  // The tab stop starts on the bubble furthest to the left (weakest), so
  // ArrowRight always has somewhere to go.
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((f) => document.activeElement?.id !== f && document.activeElement?.id.startsWith('bubble-'), first);
  const now = await page.evaluate(() => document.activeElement.id);
  await page.waitForFunction((d) => document.querySelector('#bubble-details').textContent !== d, details);
  assert.equal(await page.locator('circle.bubble[tabindex="0"]').count(), 1, 'still one tab stop');
  assert.equal(await page.getAttribute(`#${now}`, 'tabindex'), '0', 'the focused bubble holds the tab stop');
  const [x0, x1] = await page.evaluate(([a, b]) => [a, b].map((id) => Number(document.getElementById(id).getAttribute('cx'))), [first, now]);
  assert.ok(x1 >= x0, 'ArrowRight moved right');
  // Leaving and coming back lands on the same bubble.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), now);
  await finish(page);
});

test('editing in place keeps what was typed and explains the problem in the reader\'s language', async () => {
  const page = await openWorkbench('tr');
  const id = (await rowIds(page))[0];
  await page.fill(`#revenue-${id}`, '12x4');
  await page.press(`#revenue-${id}`, 'Enter');
  await page.waitForSelector(`#revenue-${id}-error`);
  assert.equal(await page.inputValue(`#revenue-${id}`), '12x4', 'the typed text stays');
  assert.equal(await page.getAttribute(`#revenue-${id}`, 'aria-invalid'), 'true');
  assert.ok((await page.textContent(`#revenue-${id}-error`)).trim().length > 0);
  // A Turkish number with thousands dots is read as Turkish.
  await page.fill(`#revenue-${id}`, '1.234.567');
  await page.press(`#revenue-${id}`, 'Enter');
  await page.waitForFunction((i) => !document.getElementById(`revenue-${i}-error`), id);
  await page.fill(`#name-${id}`, '');
  await page.press(`#name-${id}`, 'Enter');
  await page.waitForSelector(`#name-${id}-error`);
  await finish(page);
});

test('sorting by name follows the reader\'s alphabet (Turkish and Persian)', async () => {
  for (const lang of ['tr', 'fa']) {
    const page = await openWorkbench(lang);
    await page.click('#sort-name');
    await page.waitForFunction(() => document.querySelector('#sort-name').closest('th').getAttribute('aria-sort') === 'ascending');
    const names = await page.$$eval('#accounts-table tbody .edit-name', (els) => els.map((e) => e.value));
    const expected = [...names].sort(new Intl.Collator(lang === 'tr' ? 'tr-TR' : 'fa-IR', { sensitivity: 'base' }).compare);
    assert.deepEqual(names, expected, `names in ${lang} order`);
    await finish(page);
  }
});

test('Persian: right to left, mirrored chart, axe-core clean, photographed', async () => {
  const page = await openWorkbench('fa');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  // Strength grows towards the inline end: leftwards in Persian.
  const ticks = await page.$$eval('.bubble .ticks text', (t) => t.map((e) => [e.textContent, Number(e.getAttribute('x'))]));
  // Persian digits on the axes: ۰ and ۱۰۰.
  const zero = ticks.find(([t]) => t === '۰');
  const hundred = ticks.find(([t]) => t === '۱۰۰');
  assert.ok(zero[1] > hundred[1], 'the strength axis runs right to left');
  assert.deepEqual(await axe(page), [], 'axe on the Persian workbench');
  await screenshot(page, 'accounts-fa');
  await finish(page);
});

test('dark mode passes axe-core too', async () => {
  const page = await openWorkbench('en', { colorScheme: 'dark' });
  assert.deepEqual(await axe(page), [], 'axe on the workbench (dark)');
  await finish(page);
});

test('the Pareto curve lists the accounts largest first with the classes of the table', async () => {
  const page = await openWorkbench('tr');
  const rows = await page.$$eval('#pareto-table tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.equal(rows.length, 25);
  // Cumulative shares rise to 100 % and the classes run A…, then B…, then C….
  const classes = rows.map((r) => r[4]).join('');
  assert.match(classes, /^A+B*C*$/, `classes in order: ${classes}`);
  assert.equal(rows[rows.length - 1][3].replace(/\s/g, ''), '%100');
  // The same number of A accounts as the ABC–XYZ matrix counts in its A row.
  const matrixA = await page.$$eval('#abc-xyz tbody tr:first-child button', (bs) =>
    bs.reduce((sum, b) => sum + Number(b.textContent.replace(/[^0-9]/g, '')), 0));
  assert.equal(classes.split('').filter((c) => c === 'A').length, matrixA);
  assert.equal(await page.locator('.pareto-chart .crossing').count(), 2, 'both cut-offs are crossed');
  await finish(page);
});

const scoreOf = (page, id) => page.getAttribute(`tr[data-account="${id}"] .score-cell`, 'data-score');
const rankOf = (page, id) => page.textContent(`tr[data-account="${id}"] td:first-child`);

test('a checklist rating edited in the detail row changes the score and the rank; the stage is a select', async () => {
  const page = await openWorkbench();
  const id = (await rowIds(page))[24];
  const [score0, rank0] = [await scoreOf(page, id), await rankOf(page, id)];
  await page.click(`#details-${id}`);
  await page.waitForSelector(`#detail-${id}`);
  assert.equal(await page.getAttribute(`#details-${id}`, 'aria-expanded'), 'true');
  // Every rating criterion has a labelled select with its explanation.
  assert.equal(await page.locator(`#detail-${id} .rating select`).count(), 15);
  assert.ok((await page.textContent(`#detail-${id} .rating-group`)).includes('Growth potential'));
  // The lowest-ranked account rated 5 on everything climbs.
  for (const sel of await page.locator(`#detail-${id} .rating select`).all()) await sel.selectOption('5');
  await page.waitForFunction(([i, s]) => document.querySelector(`tr[data-account="${i}"] .score-cell`)?.dataset.score !== s, [id, score0]);
  assert.ok(Number(await scoreOf(page, id)) > Number(score0), 'the score rose');
  await page.waitForFunction(([i, r]) => document.querySelector(`tr[data-account="${i}"] td`)?.textContent !== r, [id, rank0]);
  assert.ok(Number(await rankOf(page, id)) < Number(rank0), `rank ${rank0} → ${await rankOf(page, id)}`);
  await page.selectOption(`#stage-${id}`, 'integrated');
  await page.waitForFunction((i) => document.getElementById(`stage-${i}`).value === 'integrated', id);
  // Unknown is a choice too, and the row says the rating is incomplete.
  await page.selectOption(`#detail-${id} select[data-criterion=growth_potential]`, '');
  await page.waitForSelector(`tr[data-account="${id}"].incomplete`);
  // A date after the analysis date is explained; the text stays.
  await page.fill(`#lastpurchase-${id}`, '2999-01-01');
  await page.press(`#lastpurchase-${id}`, 'Enter');
  await page.waitForSelector(`#lastpurchase-${id}-error`);
  assert.equal(await page.inputValue(`#lastpurchase-${id}`), '2999-01-01');
  await page.fill(`#margin-${id}`, '150');
  await page.press(`#margin-${id}`, 'Enter');
  await page.waitForSelector(`#margin-${id}-error`);
  assert.match(await page.textContent(`#margin-${id}-error`), /−100% and 100%/);
  await finish(page);
});

test('add an account, name it, delete it and undo the deletion', async () => {
  const page = await openWorkbench();
  await page.click('#add-account');
  await page.waitForFunction(() => document.querySelectorAll('#accounts-table tbody tr[data-account]').length === 26);
  const id = await page.$eval('tbody.open tr[data-account]', (r) => r.dataset.account);
  assert.equal(await page.inputValue(`#name-${id}`), 'New account 26');
  await page.waitForFunction((id) => document.activeElement?.id === `name-${id}`, id);
  // The example already has this account (spelt in capitals here): a duplicate is explained.
  await page.fill(`#name-${id}`, 'ANADOLU GIDA SANAYİ A.Ş.');
  await page.press(`#name-${id}`, 'Enter');
  await page.waitForSelector(`#name-${id}-error`);
  assert.match(await page.textContent(`#name-${id}-error`), /already called/);
  await page.fill(`#name-${id}`, 'Yeni Müşteri A.Ş.');
  await page.press(`#name-${id}`, 'Enter');
  await page.fill(`#revenue-${id}`, '-5');
  await page.press(`#revenue-${id}`, 'Enter');
  await page.waitForSelector(`#revenue-${id}-error`);
  assert.match(await page.textContent(`#revenue-${id}-error`), /cannot be negative/);
  await page.click(`#delete-${id}`);
  await page.waitForFunction(() => document.querySelectorAll('#accounts-table tbody tr[data-account]').length === 25);
  await page.waitForFunction(() => document.activeElement?.id === 'undo-delete');
  assert.match(await page.textContent('#deleted-note'), /“Yeni Müşteri A\.Ş\.” was deleted/);
  await page.click('#undo-delete');
  await page.waitForFunction((i) => document.querySelector(`tr[data-account="${i}"]`), id);
  assert.equal(await page.inputValue(`#name-${id}`), 'Yeni Müşteri A.Ş.');
  assert.equal(await page.inputValue(`#revenue-${id}`), '-5', 'what was typed came back');
  await finish(page);
});

test('settings: a lower A cut-off moves accounts out of class A; a bad value is explained in place', async () => {
  const page = await openWorkbench();
  const classes = () => page.$$eval('#accounts-table tbody tr[data-account] .abc-cell', (c) => c.map((x) => x.textContent).join(''));
  const before = await classes();
  await page.click('#settings > summary');
  await page.fill('#set-abc-a', '40');
  await page.press('#set-abc-a', 'Enter');
  await page.waitForFunction((b) => [...document.querySelectorAll('#accounts-table tbody tr[data-account] .abc-cell')].map((x) => x.textContent).join('') !== b, before);
  const after = await classes();
  assert.ok(after.split('A').length < before.split('A').length, `${before} → ${after}`);
  await page.fill('#set-abc-a', 'abc');
  await page.press('#set-abc-a', 'Enter');
  await page.waitForSelector('#set-abc-a-error');
  assert.equal(await page.inputValue('#set-abc-a'), 'abc', 'the typed text stays');
  await page.fill('#set-xyz-x', '3');
  await page.press('#set-xyz-x', 'Enter');
  await page.waitForSelector('#set-xyz-y-error');
  await page.fill('#set-churn-days', '12.5');
  await page.press('#set-churn-days', 'Enter');
  await page.waitForSelector('#set-churn-days-error');
  assert.match(await page.textContent('#set-churn-days-error'), /whole number/);
  // The currency labels the amounts.
  await page.selectOption('#currency', 'EUR');
  await page.waitForFunction(() => document.querySelector('#accounts-table thead').textContent.includes('€ EUR'));
  await finish(page);
});

test('a large example: 10,000 accounts in pages of 50, the chart draws a sample and says so', async () => {
  const page = await instrumentedPage(env.browser, env.server.origin);
  await page.goto(`${env.server.origin}/?lang=en#/accounts`);
  await waitForApp(page);
  await page.selectOption('#example-size', '10000');
  await page.click('#load-example');
  await page.waitForSelector('#page-status');
  await page.waitForFunction(() => document.querySelector('#page-status').textContent.includes('10,000'));
  assert.equal(await page.locator('#accounts-table tbody tr[data-account]').count(), 50);
  assert.match(await page.textContent('#page-status'), /Page 1 of 200/);
  assert.ok(await page.isDisabled('#page-prev'));
  const first = await rowIds(page);
  await page.click('#page-next');
  await page.waitForFunction(() => document.querySelector('#page-status').textContent.includes('Page 2 of 200'));
  const second = await rowIds(page);
  assert.equal(second.length, 50);
  assert.ok(!second.some((id) => first.includes(id)), 'another 50 accounts');
  await page.click('#page-last');
  await page.waitForFunction(() => document.querySelector('#page-status').textContent.includes('Page 200 of 200'));
  assert.ok(await page.isDisabled('#page-next'));
  assert.ok((await page.locator('circle.bubble').count()) <= 200, 'the chart draws at most 200 bubbles');
  assert.match(await page.textContent('#chart-sample'), /best-ranked/);
  // Sorting goes back to the first page.
  await page.click('#sort-name');
  await page.waitForFunction(() => document.querySelector('#page-status').textContent.includes('Page 1 of 200'));
  assert.equal(await page.inputValue('#accounts-table .edit-name'), 'Demo 000001');
  await finish(page);
});

test('Turkish workbench with a detail row open: axe-core clean, photographed', async () => {
  const page = await openWorkbench('tr');
  const id = (await rowIds(page))[0];
  await page.click(`#details-${id}`);
  await page.waitForSelector(`#detail-${id}`);
  await page.click('#settings > summary');
  assert.deepEqual(await axe(page), [], 'axe on the Turkish workbench with details and settings open');
  await screenshot(page, 'accounts-tr');
  await finish(page);
});

test('Persian detail row and settings at 360 px: axe-core clean in dark mode, photographed', async () => {
  const page = await openWorkbench('fa', { colorScheme: 'dark', viewport: { width: 360, height: 800 } });
  const id = (await rowIds(page))[0];
  await page.click(`#details-${id}`);
  await page.waitForSelector(`#detail-${id}`);
  await page.click('#settings > summary');
  assert.deepEqual(await axe(page), [], 'axe on the Persian workbench (dark, 360 px)');
  await screenshot(page, 'accounts-fa-detail');
  await finish(page);
});
