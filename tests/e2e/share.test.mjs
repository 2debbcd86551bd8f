// Export, import and share links: answer some questions and load the
// example accounts, make links (results only, whole workspace), open them
// in fresh browser contexts (read-only, same results), copy one into a
// workspace; a cut-off or changed link gives a message and leaves the
// user's work alone; the JSON export re-imports in a fresh context; the
// CSV export has a BOM and `;` in Turkish. axe-core on both views.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite, instrumentedPage, waitForApp, axe, screenshot, finish, go } from './helpers.mjs';

const env = suite();

/** Answers every statement of the first step (a different choice each). */
async function answerFirstStep(page) {
  await go(page, '#/assessment');
  await page.waitForSelector('input[name^="q-"]');
  const names = await page.$$eval('input[name^="q-"]', (all) => [...new Set(all.map((i) => i.name))]);
  for (const [i, name] of names.entries()) {
    const inputs = page.locator(`input[name="${name}"]`);
    const n = await inputs.count();
    await inputs.nth((i * 3 + 1) % n).check({ force: true });
  }
  return names.length;
}

/** A page with answers and the example portfolio, on the report. */
async function preparedPage(lang = 'en', options = {}) {
  const page = await instrumentedPage(env.browser, env.server.origin, options);
  await page.goto(`${env.server.origin}/?lang=${lang}#/`);
  await waitForApp(page);
  await answerFirstStep(page);
  await go(page, '#/accounts');
  await page.click('#load-example');
  await page.waitForFunction(() => document.querySelectorAll('#accounts-table tbody tr').length === 25);
  await go(page, '#/report');
  await page.waitForSelector('#report-overall');
  await page.waitForSelector('#report-shortlist');
  return page;
}

const scores = (page) =>
  page.$$eval('#report-scores tbody tr', (rows) => rows.map((r) => [r.dataset.dimension, r.querySelector('.score-cell').dataset.score]));
const overall = (page) => page.$eval('#report-overall', (e) => e.querySelector('[data-score]')?.dataset.score ?? null);

async function makeLink(page, kind) {
  await page.check(`#share-kind-${kind}`);
  await page.click('#create-link');
  await page.waitForSelector('#share-link');
  return page.inputValue('#share-link');
}

test('a results link opens read-only in a fresh context with the same results; copy into a workspace', async () => {
  const page = await preparedPage('en', { permissions: ['clipboard-read', 'clipboard-write'] });
  const want = { overall: await overall(page), scores: await scores(page) };
  assert.ok(want.overall !== null || want.scores.some(([, s]) => s !== ''), 'some scores to compare');
  const shortlist = await page.$$eval('#report-shortlist > li strong', (s) => s.map((x) => x.textContent));
  assert.equal(shortlist.length, 12);
  const link = await makeLink(page, 'results');
  assert.match(link, /#\/share\/1\.[A-Za-z0-9_-]+$/);
  console.log(`results link: ${link.length} characters`);
  await page.click('#copy-link');
  await page.waitForSelector('#copy-status');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link, 'the clipboard holds the link');
  await finish(page);

  const other = await instrumentedPage(env.browser, env.server.origin);
  await other.goto(link.replace(/\?[^#]*/, '?lang=en'));
  await other.waitForSelector('#read-only-note');
  await other.waitForSelector('#report-scores');
  assert.deepEqual({ overall: await overall(other), scores: await scores(other) }, want, 'same assessment results');
  assert.deepEqual(await other.$$eval('#shared-shortlist tbody th', (s) => s.map((x) => x.textContent)), shortlist, 'same shortlist');
  assert.equal(await other.locator('main input, main select, main textarea').count(), 0, 'nothing editable');
  assert.deepEqual(await axe(other), [], 'axe on the shared view');
  await screenshot(other, 'share-results-en');

  // Copy into a workspace: asks for a name, then the report shows the answers.
  await other.click('#copy-into');
  await other.fill('#copy-name', '   ');
  await other.click('#copy-confirm');
  await other.waitForFunction(() => document.querySelector('#copy-name-error').textContent.trim().length > 0);
  await other.fill('#copy-name', 'From Ayşe');
  await other.click('#copy-confirm');
  await other.waitForFunction(() => location.hash === '#/report');
  await other.waitForSelector('#report-overall');
  assert.deepEqual({ overall: await overall(other), scores: await scores(other) }, want, 'the copy has the answers');
  await finish(other);
});

test('a whole-workspace link in Persian; cut-off and changed links give a message and leave the work alone', async () => {
  const page = await preparedPage('fa');
  const want = { overall: await overall(page), scores: await scores(page) };
  const link = await makeLink(page, 'workspace');
  console.log(`whole-workspace link (example workspace): ${link.length} characters`);

  // The clipboard refuses: a message, and the link is selected in its field.
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.click('#copy-link');
  await page.waitForSelector('#copy-status.error');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'share-link', 'the field has focus');
  assert.equal(await page.evaluate(() => {
    const f = document.getElementById('share-link');
    return f.selectionEnd - f.selectionStart;
  }), link.length, 'the whole link is selected');

  // Open a damaged link in the same tab: a message, and the work is still there.
  const fragment = link.slice(link.indexOf('#'));
  await go(page, fragment.slice(0, fragment.length - 40));
  await page.waitForSelector('#share-open-error');
  assert.match(await page.textContent('#share-open-error'), /ناقص/, 'cut off, in Persian');
  const last = fragment.at(-5);
  await go(page, fragment.slice(0, -5) + (last === 'A' ? 'B' : 'A') + fragment.slice(-4));
  await page.waitForFunction(() => /تغییر|آسیب/.test(document.querySelector('#share-open-error')?.textContent ?? ''));
  await go(page, '#/report');
  await page.waitForSelector('#report-shortlist');
  assert.deepEqual({ overall: await overall(page), scores: await scores(page) }, want, 'own work untouched');
  await finish(page);

  const other = await instrumentedPage(env.browser, env.server.origin);
  await other.goto(link.replace(/\?[^#]*/, '?lang=fa'));
  await other.waitForSelector('#report-shortlist');
  assert.equal(await other.getAttribute('html', 'dir'), 'rtl');
  assert.deepEqual({ overall: await overall(other), scores: await scores(other) }, want);
  assert.equal(await other.locator('#report-shortlist > li').count(), 12);
  assert.equal(await other.locator('main input, main select, main textarea').count(), 0, 'nothing editable');
  assert.deepEqual(await axe(other), [], 'axe on the shared workspace view');
  await screenshot(other, 'share-workspace-fa');
  await finish(other);

  // A truncated link opened in a fresh tab.
  const fresh = await instrumentedPage(env.browser, env.server.origin);
  await fresh.goto(link.slice(0, link.length - 60).replace(/\?[^#]*/, '?lang=en'));
  await fresh.waitForSelector('#share-open-error');
  assert.match(await fresh.textContent('#share-open-error'), /incomplete/);
  assert.deepEqual(await axe(fresh), [], 'axe on the error');
  await finish(fresh);
});

test('JSON export re-imports in a fresh context with the same accounts; CSV has a BOM and ; in Turkish', async () => {
  const page = await preparedPage('tr');
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.match(json.suggestedFilename(), /^kilit-.*\d{4}-\d{2}-\d{2}\.json$/);
  // Kept beyond the context, which deletes its downloads when it closes.
  const jsonPath = join(await mkdtemp(join(tmpdir(), 'kilit-export-')), json.suggestedFilename());
  await json.saveAs(jsonPath);
  const text = await readFile(jsonPath, 'utf8');
  assert.equal(JSON.parse(text).format, 'kilit-workspace');

  assert.equal(await page.inputValue('#csv-delimiter'), ';', 'Turkish defaults to ;');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-accounts')]);
  assert.match(csv.suggestedFilename(), /-accounts\.csv$/);
  const bytes = await readFile(await csv.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  assert.ok(lines[0].split(';').length > 10, 'header separated by ;');
  assert.equal(lines.filter((x) => x).length, 26, 'header and 25 accounts');
  const [csv2] = await Promise.all([page.waitForEvent('download'), page.click('#export-assessment')]);
  const text2 = (await readFile(await csv2.path())).toString('utf8');
  assert.ok(text2.startsWith('\ufeff') && text2.split('\r\n')[0].includes(';'));
  await page.selectOption('#csv-delimiter', ',');
  const [csv3] = await Promise.all([page.waitForEvent('download'), page.click('#export-accounts')]);
  assert.ok((await readFile(await csv3.path())).toString('utf8').split('\r\n')[0].split(',').length > 10, 'switched to ,');
  const names = await page.$$eval('#report-shortlist > li strong', (s) => s.map((x) => x.textContent));
  await finish(page);

  const other = await instrumentedPage(env.browser, env.server.origin);
  await other.goto(`${env.server.origin}/?lang=tr#/report`);
  await other.waitForSelector('#report-accounts-part .empty-part');
  await other.setInputFiles('#import-file', jsonPath);
  await other.waitForSelector('#report-shortlist');
  assert.match(await other.textContent('#share-status'), /içe aktarıldı/);
  assert.deepEqual(await other.$$eval('#report-shortlist > li strong', (s) => s.map((x) => x.textContent)), names);
  await go(other, '#/accounts');
  await other.waitForFunction(() => document.querySelectorAll('#accounts-table tbody tr').length === 25);

  // A file that is not a workspace: a translated message, nothing changes.
  await go(other, '#/report');
  await other.setInputFiles('#import-file', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}') });
  await other.waitForFunction(() => document.querySelector('#share-status .error'));
  assert.match(await other.textContent('#share-status'), /içe aktarılamadı/);
  assert.equal(await other.locator('#report-shortlist > li').count(), 12, 'still the imported work');
  await finish(other);
});
