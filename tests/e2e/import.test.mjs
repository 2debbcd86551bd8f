// Importing files into the workbench (issue 5): a Windows-1254 accounts
// table, a Persian Solar Hijri ledger, a broken file whose problems are
// listed by line, undo, Cancel on a big file; screenshots in tr and fa and
// axe-core on the mapping screen. Fixtures: tests/e2e/fixtures/make-fixtures.py.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite, instrumentedPage, waitForApp, axe, screenshot, ROOT, finish } from './helpers.mjs';

const env = suite();
const FIXTURES = join(ROOT, 'tests', 'e2e', 'fixtures');

async function openAccounts(lang, date = '2025-12-31') {
  const page = await instrumentedPage(env.browser, env.server.origin);
  await page.goto(`${env.server.origin}/?lang=${lang}#/accounts`);
  await waitForApp(page);
  await page.fill('#analysis-date', date);
  return page;
}

/** From the workbench to the mapping screen of `file`. */
async function pick(page, file) {
  await page.click('#import-open');
  await page.waitForFunction(() => document.activeElement?.id === 'import-title');
  await page.setInputFiles('#import-file', file);
  await page.waitForFunction(() => document.activeElement?.id === 'mapping-title');
}

/** Reads the whole file and waits for the review. */
async function readAll(page) {
  await page.click('#start-import');
  await page.waitForFunction(() => document.activeElement?.id === 'review-title');
}

const rowCount = (page) => page.locator('#accounts-table tr[data-account]').count();
const rowIds = (page) => page.$$eval('#accounts-table tr[data-account]', (rows) => rows.map((r) => r.dataset.account));

/** The accounts table as { name: [ABC, XYZ] }. */
const classes = (page) =>
  page.$$eval('#accounts-table tr[data-account]', (rows) =>
    Object.fromEntries(
      rows.map((r) => {
        const name = r.querySelector('th[scope=row] input')?.value ?? r.querySelector('th[scope=row]').textContent.trim();
        return [name, [r.querySelector('.abc-cell').textContent.trim(), r.querySelector('.xyz-cell').textContent.trim()]];
      }),
    ),
  );

test('a Windows-1254 accounts table with semicolons and decimal commas: mapped, confirmed, classified', async () => {
  const page = await openAccounts('tr');
  await pick(page, join(FIXTURES, 'accounts-1254.csv'));
  assert.equal(await page.inputValue('#import-kind'), '0', 'detected as an accounts table');
  assert.equal(await page.inputValue('#import-encoding'), '1', 'detected as Windows-1254');
  assert.equal(await page.inputValue('#import-delimiter'), '1', 'semicolon');
  assert.equal(await page.inputValue('#import-numbers'), '0', 'decimal comma');
  const preview = await page.textContent('#import-preview');
  assert.match(preview, /Yılmaz Tekstil A\.Ş\./);
  assert.match(preview, /Çağlar İnşaat/);
  assert.match(preview, /1\.250\.000,5/, 'revenue read with the decimal comma');
  // The user changes the mapping: the sector column is not imported, then is again.
  await page.selectOption('#column-1', { label: 'Aktarılmaz' });
  await page.waitForFunction(() => document.querySelector('#import-preview thead th:nth-child(3) .role').textContent === 'Aktarılmaz');
  await page.selectOption('#column-1', { label: 'Sektör' });
  await page.waitForFunction(() => document.querySelector('#import-preview thead th:nth-child(3) .role').textContent === 'Sektör');
  assert.deepEqual(await axe(page), [], 'axe on the mapping screen (tr)');
  await screenshot(page, 'import-mapping-tr');

  await readAll(page);
  assert.match(await page.textContent('#import-summary'), /6 hesap okundu\. Aktarılan satır: 6\. Atlanan satır: 0\./);
  assert.equal(await page.locator('#no-problems').count(), 1);
  await page.click('#apply-import');
  await page.waitForFunction(() => document.querySelectorAll('#accounts-table tr[data-account]').length === 6);
  await page.waitForFunction(() => document.activeElement?.id === 'import-notice');
  assert.match(await page.textContent('#import-notice'), /Eklenen hesap: 6/);
  const c = await classes(page);
  assert.deepEqual(c['Yılmaz Tekstil A.Ş.'], ['A', 'X']);
  assert.deepEqual(c['Çağlar İnşaat'][1], 'Z', 'lumpy sales are Z');
  assert.deepEqual(c['Güneş Kimya'], ['C', 'X']);
  await screenshot(page, 'import-applied-tr');
  await finish(page);
});

test('a Persian UTF-8 ledger with Persian digits and Solar Hijri dates is aggregated per customer', async () => {
  const page = await openAccounts('fa', '2025-06-30');
  await pick(page, join(FIXTURES, 'ledger-fa.csv'));
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.inputValue('#import-kind'), '1', 'detected as a ledger');
  assert.equal(await page.inputValue('#import-date-format'), '4', 'Solar Hijri dates');
  assert.match(await page.textContent('#import-preview'), /شرکت پارس/);
  assert.equal(await page.locator('#import-preview tbody tr.skipped').count(), 0, 'every row will be imported');
  assert.deepEqual(await axe(page), [], 'axe on the mapping screen (fa)');
  await screenshot(page, 'import-mapping-fa');
  // 360 px wide: nothing but the preview table scrolls sideways.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForFunction(() => document.documentElement.scrollWidth <= 360);
  await screenshot(page, 'import-mapping-fa-360');
  await page.setViewportSize({ width: 1280, height: 900 });

  await readAll(page);
  // Dates in the Solar Hijri calendar: 1403/09/10 to 1404/03/01.
  assert.match(await page.textContent('#import-summary'), /۳ مشتری، با فروش از ۱۰ آذر ۱۴۰۳ تا ۱ خرداد ۱۴۰۴/);
  await screenshot(page, 'import-review-fa');
  await page.click('#apply-import');
  await page.waitForFunction(() => document.querySelectorAll('#accounts-table tr[data-account]').length === 3);
  const c = await classes(page);
  assert.deepEqual(Object.keys(c).sort(), ['شرکت پارس', 'صنایع البرز', 'فروشگاه کیان'].sort());
  assert.deepEqual(c['شرکت پارس'][0], 'A', 'the biggest customer is A');
  const revenues = await page.$$eval('#accounts-table tr[data-account]', (rows) =>
    Object.fromEntries(rows.map((r) => [r.querySelector('th[scope=row] input').value, r.querySelector('input[id^=revenue-]').value])));
  assert.equal(revenues['شرکت پارس'], '30000000', 'three invoices in the last 12 months');
  assert.equal(revenues['فروشگاه کیان'], '7350000');
  await finish(page);
});

test('a broken file lists its problems by line and changes nothing until confirmed', async () => {
  const page = await openAccounts('en', '2025-06-30');
  await pick(page, join(FIXTURES, 'broken.csv'));
  const preview = await page.textContent('#import-preview');
  assert.match(preview, /Line 3, column 2 \(Date\): “2025-02-30”: .*28 days/);
  assert.match(preview, /Line 4: This row has 4 cells but the header has 3/);
  assert.match(preview, /Line 6.*quotation mark opened in this row is never closed/);
  await readAll(page);
  assert.match(await page.textContent('#import-summary'), /Rows imported: 2\. Rows skipped: 3\./);
  const problems = await page.$$eval('#import-problems li', (li) => li.map((l) => l.textContent));
  assert.equal(problems.length, 3);
  assert.match(problems[0], /^Line 3, column 2 \(Date\)/);
  assert.match(problems[1], /^Line 4/);
  assert.match(problems[2], /^Line 6/);
  // Nothing applied yet: closing leaves the workbench empty.
  await page.click('#close-import');
  await page.waitForSelector('#load-example');
  assert.equal(await rowCount(page), 0);
  // Confirmed, the two good rows become accounts.
  await pick(page, join(FIXTURES, 'broken.csv'));
  await readAll(page);
  await page.click('#apply-import');
  await page.waitForFunction(() => document.querySelectorAll('#accounts-table tr[data-account]').length === 2);
  await finish(page);
});

test('undo restores the portfolio as it was before the import', async () => {
  const page = await openAccounts('en');
  await page.click('#load-example');
  await page.waitForFunction(() => document.querySelectorAll('#accounts-table tr[data-account]').length === 25);
  const before = await rowIds(page);
  const names = await page.textContent('#accounts-table tbody');
  await pick(page, join(FIXTURES, 'accounts-1254.csv'));
  await readAll(page);
  await page.click('#apply-import');
  await page.waitForFunction(() => document.querySelectorAll('#accounts-table tr[data-account]').length === 31);
  await page.waitForFunction(() => document.activeElement?.id === 'import-notice');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'undo-import', 'undo is the next control');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#accounts-table tr[data-account]').length === 25);
  assert.deepEqual(await rowIds(page), before);
  assert.equal(await page.textContent('#accounts-table tbody'), names);
  assert.match(await page.textContent('#import-notice'), /undone/);

  // Replacing instead of merging: only the file's accounts, and undo brings the 25 back.
  await pick(page, join(FIXTURES, 'accounts-1254.csv'));
  await page.check('#import-replace');
  await readAll(page);
  await page.click('#apply-import');
  await page.waitForFunction(() => document.querySelectorAll('#accounts-table tr[data-account]').length === 6);
  await page.click('#undo-import');
  await page.waitForFunction(() => document.querySelectorAll('#accounts-table tr[data-account]').length === 25);
  assert.deepEqual(await rowIds(page), before);
  await finish(page);
});

test('a file dropped on the box is opened like a chosen one', async () => {
  const page = await openAccounts('en');
  await page.click('#import-open');
  const dt = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Customer,Date,Amount\nAcme,2025-01-10,100\n'], 'dropped.csv', { type: 'text/csv' }));
    return dt;
  });
  await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer: dt });
  await page.waitForFunction(() => document.activeElement?.id === 'mapping-title');
  assert.match(await page.textContent('#import-file-info'), /dropped\.csv/);
  assert.equal(await page.inputValue('#import-kind'), '1', 'a ledger');
  await finish(page);
});

test('Cancel stops reading a big file and applies nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kilit-import-'));
  try {
    const file = join(dir, 'ledger-big.csv');
    execFileSync('python3', [join(ROOT, 'scripts', 'gen-ledger'), '--lines', '600000', '--out', file]);
    const page = await openAccounts('en', '2025-06-30');
    await pick(page, file);
    await page.click('#start-import');
    await page.waitForFunction(() => document.activeElement?.id === 'cancel-import');
    assert.equal(await page.locator('#import-progress').count(), 1);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#import-cancelled');
    assert.equal(await page.locator('#review-title').count(), 0, 'no result');
    await page.click('#close-import');
    await page.waitForSelector('#load-example');
    assert.equal(await rowCount(page), 0);
    await finish(page);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an empty file and a binary file each get one clear message', async () => {
  const page = await openAccounts('en');
  await page.click('#import-open');
  await page.setInputFiles('#import-file', { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
  await page.waitForFunction(() => document.querySelector('#import-refused').textContent.includes('The file is empty.'));
  await page.setInputFiles('#import-file', {
    name: 'book.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 1, 2, 3]),
  });
  await page.waitForFunction(() => document.querySelector('#import-refused').textContent.includes('spreadsheet workbook'));
  await page.setInputFiles('#import-file', { name: 'x.bin', mimeType: 'application/octet-stream', buffer: Buffer.from([1, 2, 0, 0, 5, 6, 7, 0, 1, 9]) });
  await page.waitForFunction(() => document.querySelector('#import-refused').textContent.includes('not a text file'));
  await finish(page);
});

test('when unsure, the user picks the encoding and the day/month order, and the preview follows', async () => {
  const page = await openAccounts('en');
  await page.click('#import-open');
  // One Persian word in Windows-1256: too little to be sure.
  const bytes = Buffer.concat([
    Buffer.from('Customer,Date,Amount\n'),
    Buffer.from([0xe3, 0xd4, 0xca, 0xd1, 0xed]),
    Buffer.from(',03/04/2024,100\nAcme,05/06/2024,200\n'),
  ]);
  await page.setInputFiles('#import-file', { name: 'unsure.csv', mimeType: 'text/csv', buffer: bytes });
  await page.waitForFunction(() => document.activeElement?.id === 'mapping-title');
  assert.equal(await page.locator('#ask-encoding').count(), 1, 'the app says it is unsure');
  assert.equal(await page.getAttribute('#import-encoding', 'aria-describedby'), 'ask-encoding');
  assert.match(await page.textContent('#import-preview'), /مشتري/);
  await page.selectOption('#import-encoding', { label: 'Turkish (Windows-1254)' });
  await page.waitForFunction(() => document.querySelector('#import-preview').textContent.includes('ãÔÊÑí'));

  // 03/04/2024 is 3 April or 4 March: the app asks, and the user's answer is what the preview reads.
  assert.match(await page.textContent('#ask-date'), /day first or month first/);
  await page.selectOption('#import-date-format', { label: 'Day.month.year (31.03.2024 or 31/03/2024)' });
  await page.waitForFunction(() => document.querySelector('#import-preview').textContent.includes('3 April 2024'));
  await page.selectOption('#import-date-format', { label: 'Month/day/year (03/31/2024)' });
  await page.waitForFunction(() => document.querySelector('#import-preview').textContent.includes('4 March 2024'));
  await finish(page);
});
