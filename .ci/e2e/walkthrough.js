// A Macedonian learner takes the Migration and Gender quiz in headless Chromium, without JavaScript help
// from the test: sign in, list, start, answer every page, review, submit, read the result. Every page is
// screenshotted, audited with axe (serious or critical findings fail the run) and saved for the HTML
// validator; the score shown must equal the sum of the points shown per question.
// usage: node walkthrough.js BASE_URL OUT_DIR
const { chromium } = require('playwright-core');
const fs = require('fs'), os = require('os'), path = require('path');

const [base = 'http://127.0.0.1:8000', out = '.'] = process.argv.slice(2);
const failures = [];
const fail = (msg) => { console.log('FAIL', msg); failures.push(msg); };

async function audit(page, name) {
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
  // The page as the server sent it (every audited page is a GET, after post/redirect/get), for the
  // HTML validator that .ci/run runs over OUT_DIR/*.html.
  const sent = await page.context().request.get(page.url(), { headers: { 'Accept-Language': 'mk-MK,mk' } });
  fs.writeFileSync(path.join(out, `${name}.html`), await sent.text());
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const res = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }));
  for (const v of res.violations) {
    console.log(`  axe ${v.impact} ${v.id}: ${v.help} e.g. ${v.nodes[0].target}`);
    if (['serious', 'critical'].includes(v.impact)) fail(`${name}: axe ${v.id}`);
  }
  const lang = await page.getAttribute('html', 'lang');
  if (lang !== 'mk') fail(`${name}: html lang is ${lang}`);
  const text = await page.innerText('main');
  if (!/[\u0400-\u04FF]/.test(text)) fail(`${name}: no Macedonian (Cyrillic) text in main`);
  console.log(`ok ${name} (${res.violations.length} minor findings)`);
}

const number = (s) => parseFloat(String(s).replace(/\s/g, '').replace(',', '.'));

(async () => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ispit-e2e-'));
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium', headless: true, javaScriptEnabled: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 420, height: 900 }, locale: 'mk-MK',
  });
  try {
    const page = ctx.pages()[0] || await ctx.newPage();
    page.on('pageerror', (e) => fail(`page error: ${e.message}`));
    await page.goto(`${base}/login`);
    await audit(page, '01-login');
    await page.fill('#email', 'mk@ispit.test');
    await page.fill('#password', 'ispit-demo');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit].primary')]);
    await audit(page, '02-quizzes');
    await Promise.all([page.waitForNavigation(), page.click('a[href="/quizzes/migration-gender-final"]')]);
    await audit(page, '03-intro');
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/start"] button')]);

    for (let i = 1; i <= 40; i++) {
      if (i === 1) await audit(page, '04-question');
      const q = page.locator('fieldset.question');
      const radios = q.locator('input[type=radio]');
      const boxes = q.locator('input[type=checkbox]');
      if (await radios.count()) await radios.first().check();
      if (await boxes.count()) await boxes.first().check();
      for (const input of await q.locator('input[type=text]').all()) {
        const numeric = (await input.getAttribute('inputmode')) === 'decimal';
        await input.fill(numeric ? '3' : 'GREVIO');
      }
      const selects = await q.locator('select').all();
      for (let s = 0; s < selects.length; s++) {
        // Ordering selects take positions 1..n in turn; others their first real choice.
        const options = await selects[s].locator('option').count();
        await selects[s].selectOption({ index: Math.min(s + 1, options - 1) });
      }
      if (i === 1) {
        // Autosave (progressive enhancement): the answer reaches the server without pressing a button,
        // a typed one too (the first question is random: often a number or a short text).
        await page.waitForTimeout(2000);
        await page.reload();
        const kept = await page.$$eval('fieldset.question input, fieldset.question select', (els) =>
          els.some((e) => (e.type === 'radio' || e.type === 'checkbox') ? e.checked : (e.type !== 'hidden' && e.value !== '')));
        if (!kept) fail('the first answer was not autosaved');
        else console.log('ok autosave kept the first answer across a reload');
      }
      const next = page.locator('button[name=go][value=next]');
      const target = (await next.count()) ? next : page.locator('button[name=go][value=summary]');
      await Promise.all([page.waitForNavigation(), target.click()]);
      if (page.url().endsWith('/summary')) break;
    }
    await audit(page, '05-summary');
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/submit"] button')]);
    await audit(page, '06-result');

    const score = await page.getAttribute('[data-score]', 'data-score');
    const awarded = await page.$$eval('[data-awarded]', (els) => els.map((e) => e.getAttribute('data-awarded')));
    const sum = awarded.map(number).reduce((a, b) => a + b, 0);
    console.log(`score shown ${score}; sum of ${awarded.length} question scores ${sum}`);
    if (awarded.length !== 20) fail(`expected 20 reviewed questions, got ${awarded.length}`);
    // Each shown score is rounded to 2 decimals: the sum may drift by half a hundredth per question.
    if (Math.abs(number(score) - sum) > 0.005 * (awarded.length + 1)) fail(`score ${score} differs from the sum ${sum}`);

    // The English placement test, in Macedonian around English items, to a CEFR level.
    await page.goto(`${base}/quizzes`);
    const placement = page.locator('a[href="/placement"]');
    if (await placement.count()) {
      await Promise.all([page.waitForNavigation(), placement.click()]);
      await audit(page, '07-placement-intro');
      await Promise.all([page.waitForNavigation(), page.click('form[action="/placement/start"] button')]);
      let items = 0;
      while (!page.url().endsWith('/result') && items < 60) {
        if (items === 0) await audit(page, '08-placement-item');
        const options = page.locator('input[name=choice]');
        // A middling learner: the first option of every item.
        await options.nth(items % (await options.count())).check();
        await Promise.all([page.waitForNavigation(), page.click('button.primary')]);
        items++;
      }
      await audit(page, '09-placement-result');
      const level = await page.getAttribute('[data-level]', 'data-level');
      console.log(`placement: ${items} items, level ${level}`);
      if (!['Pre-A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'].includes(level)) fail(`no CEFR level shown: ${level}`);
    } else {
      fail('no placement test on the dashboard');
    }
  } finally {
    await ctx.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  if (failures.length) { console.log(`${failures.length} failed`); process.exit(1); }
  console.log('walkthrough passed');
})().catch((e) => { console.error(e); process.exit(2); });
