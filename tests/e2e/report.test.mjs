// The printable report: empty parts say so; with answers and the example
// accounts it has the charts, the plan, the shortlist with reasons, the
// portfolio chart and the ABC–XYZ matrix; the print button calls
// window.print(); print-emulated PNGs and A4 PDFs in Persian and Turkish
// are written to tests/e2e/screenshots/ (and rendered to PNG when
// pdftoppm is installed) for a person to look at; axe-core finds nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { suite, instrumentedPage, waitForApp, axe, screenshot, SCREENSHOTS, finish, go } from './helpers.mjs';

const env = suite();

/** Answers the statements of the first two steps (a different choice each). */
async function answerTwoSteps(page) {
  await go(page, '#/assessment');
  for (let step = 0; step < 2; step++) {
    await page.waitForSelector('input[name^="q-"]');
    const names = await page.$$eval('input[name^="q-"]', (all) => [...new Set(all.map((i) => i.name))]);
    for (const [i, name] of names.entries()) {
      const inputs = page.locator(`input[name="${name}"]`);
      const n = await inputs.count();
      await inputs.nth((i * 2 + step) % n).check({ force: true });
    }
    if (step === 0) {
      const first = names[0];
      await page.click('.step-nav button.primary');
      await page.waitForFunction((f) => !document.querySelector(`input[name="${f}"]`), first);
    }
  }
}

async function fullReport(lang) {
  const page = await instrumentedPage(env.browser, env.server.origin);
  await page.goto(`${env.server.origin}/?lang=${lang}#/`);
  await waitForApp(page);
  await answerTwoSteps(page);
  await go(page, '#/accounts');
  await page.click('#load-example');
  await page.waitForFunction(() => document.querySelectorAll('#accounts-table tbody tr').length === 25);
  await go(page, '#/report');
  await page.waitForSelector('#report-overall');
  await page.waitForSelector('#report-shortlist');
  return page;
}

function hasPdftoppm() {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A4 PDF and a print-emulated PNG of the page, plus PNGs of the PDF's pages. */
async function printOut(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#share-export'), false, 'the panel is not printed');
  assert.equal(await page.isVisible('#print'), false, 'the button is not printed');
  assert.equal(await page.isVisible('.site-header nav'), false, 'the navigation is not printed');
  await screenshot(page, `${name}-print`);
  const pdf = join(SCREENSHOTS, `${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
  assert.ok((await stat(pdf)).size > 10_000, 'a PDF was written');
  if (hasPdftoppm()) {
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(SCREENSHOTS, `${name}-pdf`)]);
  }
  await page.emulateMedia({ media: 'screen' });
}

test('an empty report says briefly that there is nothing yet, with no empty charts', async () => {
  const page = await instrumentedPage(env.browser, env.server.origin);
  await page.goto(`${env.server.origin}/?lang=en#/report`);
  await waitForApp(page);
  await page.waitForSelector('#report-assessment-part .empty-part');
  await page.waitForSelector('#report-accounts-part .empty-part');
  assert.match(await page.textContent('#report-assessment-part'), /No questions have been answered yet/);
  assert.match(await page.textContent('#report-accounts-part'), /No accounts have been entered yet/);
  assert.equal(await page.locator('main svg').count(), 0, 'no empty charts');
  assert.match(await page.textContent('#report-generated'), /locally in this browser/);
  assert.deepEqual(await axe(page), [], 'axe on the empty report');
  await finish(page);
});

for (const lang of ['fa', 'tr']) {
  test(`the full report in ${lang}: every part, print button, A4 PDF and print PNG`, async () => {
    const page = await fullReport(lang);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    for (const sel of ['.chart.radar', '.chart.bars', '#report-scores', '#report-plan', '#report-shortlist .reasons li', '.chart.bubble', '#report-matrix']) {
      assert.ok(await page.locator(`main ${sel}`).count() > 0, `${sel} is in the report`);
    }
    assert.equal(await page.locator('#report-shortlist > li').count(), 12);
    const matrixTotal = await page.$$eval('#report-matrix td[data-cell]', (cells) =>
      cells.reduce((n, c) => n + Number(c.textContent.replace(/[۰-۹]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'.indexOf(d))), 0));
    assert.ok(matrixTotal > 0 && matrixTotal <= 25, 'the matrix counts the accounts');
    assert.equal(await page.locator('#report-accounts-part input, #report-assessment-part input, #report-assessment-part select').count(), 0,
      'nothing in the report can be edited');
    assert.deepEqual(await axe(page), [], `axe on the report (${lang})`);

    await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
    await page.click('#print');
    assert.equal(await page.evaluate(() => window.__printed), 1, 'the button opens the print dialog');

    await screenshot(page, `report-${lang}`);
    if (lang === 'fa') {
      await page.setViewportSize({ width: 360, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no sideways scrolling at 360 px (${overflow} px too wide)`);
      await screenshot(page, 'report-fa-360');
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    await printOut(page, `report-${lang}`);
    await finish(page);
  });
}
