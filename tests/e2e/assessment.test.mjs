// The self-assessment, completed by keyboard only, checked against an
// independent scorer (scoring.mjs), audited with axe-core, photographed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, instrumentedPage, waitForApp, axe, screenshot, tabTo } from './helpers.mjs';
import { loadInstrument, options, score, digits } from './scoring.mjs';

const env = suite();

/** The answer the test gives to item number `i` (an index into its options). */
function choice(item, i) {
  const opts = options(item);
  return (i * 7 + 3) % opts.length;
}

async function expectNoAxeViolations(page, what) {
  assert.deepEqual(await axe(page), [], `axe-core on ${what}`);
}

/**
 * Answers every item of the instrument with the keyboard only: Tab into a
 * radio group, Space to pick the first choice, ArrowDown to move on, Tab to
 * the next group; Tab to "Next" and Enter at the end of each step.
 */
async function completeByKeyboard(page, instrument, lang) {
  const answers = new Map();
  const itemsByDim = instrument.dimensions.map((d) => instrument.items.filter((i) => i.dimension === d.id));
  let index = 0;
  for (let step = 0; step < itemsByDim.length; step++) {
    const items = itemsByDim[step];
    await page.waitForFunction((id) => document.querySelector(`input[name="q-${id}"]`), items[0].id);
    if (step === 0) {
      assert.ok(await tabTo(page, `input[name="q-${items[0].id}"]`, 80), 'Tab reaches the first question');
      if (lang === 'en') await expectNoAxeViolations(page, 'a question step');
    } else {
      // After "Next", focus is on the step heading; the next Tab enters the first group.
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'step-title');
      await page.keyboard.press('Tab');
    }
    for (const item of items) {
      const focusedName = await page.evaluate(() => document.activeElement?.getAttribute('name'));
      assert.equal(focusedName, `q-${item.id}`, `focus is in the group of ${item.id}`);
      const k = choice(item, index++);
      await page.keyboard.press('Space');
      for (let j = 0; j < k; j++) await page.keyboard.press('ArrowDown');
      const value = options(item)[k];
      answers.set(item.id, value);
      const id = `q-${item.id}-${value}`;
      await page.waitForFunction((i) => document.getElementById(i)?.checked, id);
      await page.keyboard.press('Tab');
    }
    const last = step === itemsByDim.length - 1;
    const next = last ? '.step-nav a.primary' : '.step-nav button.primary';
    assert.ok(await tabTo(page, next, 4), `Tab reaches ${last ? 'Review' : 'Next'} on step ${step + 1}`);
    await page.keyboard.press('Enter');
  }
  await page.waitForFunction(() => location.hash === '#/assessment/review');
  return answers;
}

async function checkResults(page, instrument, answers) {
  const expected = score(instrument, answers);
  await page.waitForSelector('#scores-table');
  const shown = await page.evaluate(() => ({
    overall: document.querySelector('#overall .score-value')?.textContent ?? null,
    band: document.querySelector('#overall [data-band]')?.getAttribute('data-band') ?? null,
    rows: [...document.querySelectorAll('#scores-table tbody tr')].map((tr) => ({
      id: tr.dataset.dimension,
      score: tr.querySelector('.score-cell').textContent,
    })),
  }));
  assert.equal(digits(shown.overall ?? ''), String(expected.overall.score), 'overall index');
  assert.equal(shown.band, expected.overall.band, 'maturity band');
  assert.equal(shown.rows.length, expected.dims.length);
  for (const [i, d] of expected.dims.entries()) {
    assert.equal(shown.rows[i].id, d.id);
    if (d.score === null) {
      assert.equal(digits(shown.rows[i].score), '', `${d.id} shows "not enough answers"`);
    } else {
      assert.equal(digits(shown.rows[i].score), String(d.score), `score of ${d.id}`);
    }
  }
  return expected;
}

for (const id of ['crm-readiness', 'kam-readiness']) {
  for (const lang of ['en', 'fa']) {
    test(`${id}: completed by keyboard only in ${lang}, results match an independent scorer`, async () => {
      const instrument = loadInstrument(id);
      const page = await instrumentedPage(env.browser, env.server.origin);
      await page.goto(`${env.server.origin}/?lang=${lang}#/assessment`);
      await waitForApp(page);
      // The instruments are fetched when the assessment opens.
      await page.waitForSelector('#instrument');
      if (id !== 'crm-readiness') {
        // Pick the instrument with the keyboard: Tab to the select, arrow down.
        assert.ok(await tabTo(page, '#instrument'));
        await page.keyboard.press('ArrowDown');
        await page.waitForFunction(() => document.querySelector('#instrument').value === 'kam-readiness');
      }
      const answers = await completeByKeyboard(page, instrument, lang);
      await expectNoAxeViolations(page, `the review screen (${lang})`);
      assert.ok(await tabTo(page, 'main a[href="#/assessment/results"]'));
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash === '#/assessment/results');
      const expected = await checkResults(page, instrument, answers);
      await expectNoAxeViolations(page, `the results (${lang})`);
      // The plan is pre-filled from the weakest dimensions.
      assert.ok((await page.locator('#plan-table tbody tr').count()) > 0, 'the action plan has suggested rows');
      await screenshot(page, `results-${id}-${lang}`);
      // Switching language keeps every answer and the numbers.
      const other = lang === 'en' ? 'tr' : 'en';
      await page.click(`button[lang=${other}]`);
      await page.waitForFunction((l) => document.documentElement.lang === l, other);
      assert.equal(digits(await page.textContent('#overall .score-value')), String(expected.overall.score));
      await screenshot(page, `results-${id}-${other}`);
      assert.deepEqual(page.problems, []);
      await page.closeAll();
    });
  }
}

test('the review lists unanswered statements and leads back to their step', async () => {
  const page = await instrumentedPage(env.browser, env.server.origin);
  await page.goto(`${env.server.origin}/?lang=tr#/assessment/review`);
  await waitForApp(page);
  await page.waitForSelector('.review-list');
  const groups = await page.locator('.review-list > li').count();
  assert.equal(groups, loadInstrument('crm-readiness').dimensions.length, 'every dimension is listed when nothing is answered');
  await page.locator('.review-list > li').nth(2).locator('a.button').click();
  await page.waitForFunction(() => location.hash === '#/assessment');
  await page.waitForFunction(() => document.querySelector('.step-link[aria-current=step]'));
  const current = await page.locator('.step-list li').nth(2).locator('button').getAttribute('aria-current');
  assert.equal(current, 'step');
  assert.deepEqual(page.problems, []);
  await page.closeAll();
});

test('not enough answers is shown instead of a number, and the plan can be edited', async () => {
  const page = await instrumentedPage(env.browser, env.server.origin);
  await page.goto(`${env.server.origin}/?lang=en#/assessment`);
  await waitForApp(page);
  await page.waitForSelector('.step input');
  const instrument = loadInstrument('crm-readiness');
  const first = instrument.items.filter((i) => i.dimension === instrument.dimensions[0].id);
  // Answer all but one item of the first dimension with the lowest value.
  const answers = new Map();
  for (const item of first.slice(0, -1)) {
    await page.click(`label[for="q-${item.id}-${options(item)[0]}"]`);
    answers.set(item.id, options(item)[0]);
  }
  await page.goto(`${env.server.origin}/?lang=en#/assessment/results`);
  await waitForApp(page);
  await page.waitForSelector('#scores-table');
  const expected = await checkResults(page, instrument, answers);
  assert.equal(expected.dims.filter((d) => d.score !== null).length, 1);
  // Edit the first plan row: it stops being a suggestion and keeps the text.
  const rows = page.locator('#plan-table tbody tr');
  const before = await rows.count();
  assert.ok(before > 0);
  await rows.first().locator('td').nth(2).locator('input').fill('Ayşe Yılmaz');
  await rows.first().locator('td').nth(2).locator('input').press('Tab');
  await page.waitForFunction(() => !document.querySelector('#plan-table tbody tr').classList.contains('suggested'));
  await page.click('button[lang=fa]');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  assert.equal(await rows.first().locator('td').nth(2).locator('input').inputValue(), 'Ayşe Yılmaz');
  await screenshot(page, 'results-partial-fa');
  await page.closeAll();
});

test('"how this is scored" explains the rules and lists the levels', async () => {
  for (const lang of ['tr', 'en', 'fa']) {
    const page = await instrumentedPage(env.browser, env.server.origin);
    await page.goto(`${env.server.origin}/?lang=${lang}#/assessment/method`);
    await waitForApp(page);
    await page.waitForSelector('.bands dt');
    assert.equal(await page.locator('.bands dt').count(), loadInstrument('crm-readiness').bands.length);
    await expectNoAxeViolations(page, `the method page (${lang})`);
    await page.closeAll();
  }
});

test('a failed fetch of the questionnaires is reported and can be retried', async () => {
  const page = await instrumentedPage(env.browser, env.server.origin);
  let block = true;
  await page.route('**/instruments/*.json', (route) => (block ? route.fulfill({ status: 503, body: '' }) : route.continue()));
  await page.goto(`${env.server.origin}/?lang=tr#/assessment`);
  await page.waitForSelector('[role=alert]');
  await screenshot(page, 'assessment-load-failed-tr');
  block = false;
  await page.click('main button.primary');
  await page.waitForSelector('.step input');
  // The browser logs the failed request itself; nothing else may go wrong.
  assert.deepEqual(page.problems.filter((p) => !p.includes('503')), []);
  await page.closeAll();
});
