// The deadline as a learner meets it, in headless Chromium on a phone-sized screen, against a server whose
// Migration and Development quiz (all questions on one long page) has a one-minute limit: the countdown
// stays in view when the page is scrolled to the bottom and counts down; the one-minute warning is in
// the live region; an answer typed just before the page closes is kept (sendBeacon); and when time runs
// out the answer typed last is saved and the browser lands on the result, which says time ran out.
// usage: node deadline.js BASE_URL OUT_DIR
const { chromium } = require('playwright-core');
const fs = require('fs'), os = require('os'), path = require('path');

const [base = 'http://127.0.0.1:8000', out = '.'] = process.argv.slice(2);
const QUIZ = 'migration-development-final';
const failures = [];
const fail = (msg) => { console.log('FAIL', msg); failures.push(msg); };
const ok = (msg) => console.log('ok', msg);
const seconds = (clock) => { const p = clock.split(':').map(Number); return p.reduce((a, b) => a * 60 + b, 0); };

async function audit(page, name) {
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  const sent = await page.context().request.get(page.url());
  fs.writeFileSync(path.join(out, `${name}.html`), await sent.text());
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const res = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }));
  for (const v of res.violations) {
    console.log(`  axe ${v.impact} ${v.id}: ${v.help} e.g. ${v.nodes[0].target}`);
    if (['serious', 'critical'].includes(v.impact)) fail(`${name}: axe ${v.id}`);
  }
}

(async () => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ispit-deadline-'));
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 390, height: 844 }, locale: 'en-GB',
  });
  try {
    const page = ctx.pages()[0] || await ctx.newPage();
    page.on('pageerror', (e) => fail(`page error: ${e.message}`));
    await page.goto(`${base}/login`);
    await page.fill('#email', 'learner@ispit.test');
    await page.fill('#password', 'ispit-demo');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit].primary')]);
    // Typed answers (short or numerical, whichever the drawn paper has): a word or a number that stands out.
    // A random draw has fewer than two of them a few times in a hundred: submit such a paper and draw again
    // (the copy of the banks allows unlimited attempts; the final submit asks for confirmation: accept).
    page.on('dialog', (d) => d.accept());
    const texts = page.locator('fieldset.question input[type=text]');
    for (let draws = 1; ; draws++) {
      await page.goto(`${base}/quizzes/${QUIZ}`);
      await Promise.all([page.waitForNavigation(), page.click('form[action$="/start"] button')]);
      if (await texts.count() >= 2) break;
      if (draws === 10) throw new Error('no paper with two typed answers in ten draws');
      await Promise.all([page.waitForNavigation(),
        page.locator('.buttons button[value=summary]:not(.default-action)').click()]);
      await Promise.all([page.waitForNavigation(), page.click('form[action$="/submit"] button')]);
    }
    const attempt = page.url().replace(/[?#].*$/, '');
    const typed = async (i, word, number) =>
      ((await texts.nth(i).getAttribute('inputmode')) === 'decimal' ? number : word);
    const beacon = await typed(0, 'BEACON', '4242');
    const last = await typed(1, 'LASTWORDS', '4343');

    // The one-minute warning is announced once, in the live region (the quiz is only a minute long).
    const alert = page.locator('#timer-alert');
    if ((await alert.getAttribute('aria-live')) !== 'assertive') fail('the warning region is not aria-live');
    const warning = await alert.innerText();
    if (warning !== await page.getAttribute('#timer', 'data-warn-1')) fail(`warning shown: "${warning}"`);
    else ok(`warning in the live region: "${warning}"`);

    // The countdown counts down, and stays in view at the bottom of the long page.
    const clock = page.locator('#timer .clock');
    const first = seconds(await clock.innerText());
    await page.waitForTimeout(2100);
    const second = seconds(await clock.innerText());
    if (!(first > 0 && second < first && second >= first - 3)) fail(`countdown went from ${first} to ${second}`);
    else ok(`countdown ${first}s → ${second}s`);
    await page.screenshot({ path: path.join(out, '10-deadline-top.png') });
    await page.locator('.buttons button[value=summary]:not(.default-action)').scrollIntoViewIfNeeded();
    const box = await page.locator('#timer').boundingBox();
    if (!box || box.y < 0 || box.y + box.height > 844) fail(`countdown out of view at the bottom: ${JSON.stringify(box)}`);
    else ok('countdown stays in view at the bottom of the page');
    await page.screenshot({ path: path.join(out, '11-deadline-bottom.png') });

    // Typed, then the tab closes at once (before autosave's pause): the beacon carries the answer.
    const tab = await ctx.newPage();
    await tab.goto(attempt);
    await tab.locator('fieldset.question input[type=text]').first().fill(beacon);
    await tab.close({ runBeforeUnload: true });

    await page.waitForTimeout(500);
    await page.reload();
    if ((await texts.first().inputValue()) !== beacon) fail('the answer typed before closing the tab was lost');
    else ok('the answer typed just before the tab closed was kept');
    await audit(page, '12-deadline-attempt');

    // The last answer is typed a moment before time runs out, after which the script saves the page and
    // the browser lands on the result, which says why.
    await page.waitForFunction(() => {
      const c = document.querySelector('#timer .clock');
      return c && c.textContent === '0:01';
    }, null, { timeout: 70000, polling: 100 });
    await texts.nth(1).fill(last);
    await page.waitForURL(/\/result/, { timeout: 15000 });
    const note = await page.locator('main').innerText();
    if (!/time limit passed/i.test(note)) fail(`the result does not say time ran out: ${note.slice(0, 200)}`);
    else ok(`landed on ${page.url()} with the reason`);
    await page.screenshot({ path: path.join(out, '13-deadline-result.png') });
    const id = attempt.split('/').pop();
    const saved = await (await ctx.request.get(`${base}/api/v1/attempts/${id}`)).text();
    for (const word of [beacon, last]) {
      if (!saved.includes(word)) fail(`${word} was not saved`);
      else ok(`${word} saved`);
    }
  } finally {
    await ctx.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  if (failures.length) { console.log(`${failures.length} failed`); process.exit(1); }
  console.log('deadline walk passed');
})().catch((e) => { console.error(e); process.exit(2); });
