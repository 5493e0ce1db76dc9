// A Macedonian learner takes the Migration and Gender quiz in headless Chromium, without JavaScript help
// from the test: sign in, list, start, answer every page, review, submit, read the result. Every page is
// screenshotted, audited with axe (serious or critical findings fail the run) and saved for the HTML
// validator. The walk reads the answer key from the bank files itself (course.toml and mk.ftl, see key.js),
// answers some questions right, some wrong and some partly right, and checks every question's points, the
// total and the verdict on the result page against what the bank's points and docs/bank-format.md's rules
// give (aiming at exactly the pass mark when the drawn questions allow). The first answer must reach the
// server by autosave, as a fresh sign-in in another browser sees it.
// usage: node walkthrough.js BASE_URL OUT_DIR
const { chromium } = require('playwright-core');
const fs = require('fs'), os = require('os'), path = require('path');
const { loadCourse, norm, plan } = require('./key');
const { answer } = require('./answer');

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
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const bank = loadCourse(path.join(__dirname, '../../question-banks/migration-gender'), 'mk');

async function signIn(page) {
  if (!page.url().endsWith('/login')) await page.goto(`${base}/login`);
  await page.fill('#email', 'mk@ispit.test');
  await page.fill('#password', 'ispit-demo');
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit].primary')]);
}

// A question's answer as its page shows it: checked labels, typed texts, chosen options by their label.
async function answerState(fieldset) {
  return fieldset.evaluate((f) => {
    const t = (e) => (e ? e.textContent.replace(/\s+/g, ' ').trim() : '');
    const out = [];
    for (const i of f.querySelectorAll('input[type=radio], input[type=checkbox]')) if (i.checked) out.push(`checked ${t(i.closest('label'))}`);
    for (const i of f.querySelectorAll('input[type=text]')) if (i.value) out.push(`typed ${i.value}`);
    for (const s of f.querySelectorAll('select')) {
      const label = s.id ? t(f.querySelector(`label[for="${s.id}"]`)) : s.getAttribute('aria-label');
      if (s.value) out.push(`${label}: ${t(s.selectedOptions[0])}`);
    }
    return out.sort();
  });
}

(async () => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ispit-e2e-'));
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium', headless: true, javaScriptEnabled: true,
    args: ARGS,
    viewport: { width: 420, height: 900 }, locale: 'mk-MK',
  });
  try {
    const page = ctx.pages()[0] || await ctx.newPage();
    page.on('pageerror', (e) => fail(`page error: ${e.message}`));
    // The final submit asks for confirmation (a step that cannot be undone): accept, and count the asks.
    const dialogs = [];
    page.on('dialog', async (d) => { dialogs.push(d.message()); await d.accept(); });
    await page.goto(`${base}/login`);
    await audit(page, '01-login');
    await signIn(page);
    await audit(page, '02-quizzes');
    await Promise.all([page.waitForNavigation(), page.click('a[href="/quizzes/migration-gender-final"]')]);
    await audit(page, '03-intro');
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/start"] button')]);

    // The paper, page by page, before answering: which bank question each page shows (by its stem).
    const attemptUrl = page.url().split('?')[0];
    const pages = await page.locator('.qnav button[name=go]').count();
    const paper = [];
    for (let n = 1; n <= pages; n++) {
      if (n > 1) await page.goto(`${attemptUrl}?page=${n}`);
      const stem = norm(await page.locator('fieldset.question p.stem').textContent());
      const q = bank.byStem.get(stem);
      if (!q) throw new Error(`page ${n}: no question of the bank has the stem "${stem}"`);
      paper.push(q);
    }
    const quiz = bank.course.quizzes.find((x) => x.id === 'migration-gender-final');
    const planned = plan(paper, quiz.pass_percent, 'mk');
    console.log(`paper of ${paper.length} questions, ${planned.maxMilli / 1000} points; pass mark ${planned.target / 1000}: ` +
      (planned.onTheMark ? 'answered to score exactly the pass mark' : 'not reachable exactly with these questions'));
    const telling = planned.answers.filter(({ q, answer: a }) => q.type === 'multiple'
      && q.correct.length !== q.options.length - q.correct.length
      && [...a.choices].some((c) => q.correct.includes(c)) && [...a.choices].some((c) => !q.correct.includes(c)));
    console.log(`multiple choice with right boxes and a wrong one, where right and wrong options differ in number: ` +
      (telling.length ? telling.map((a) => a.q.id).join(', ') : 'none on this paper'));

    let enterTried = false;
    for (let n = 1; n <= pages; n++) {
      await page.goto(`${attemptUrl}?page=${n}`);
      if (n === 1) await audit(page, '04-question');
      const q = page.locator('fieldset.question');
      await answer(page, q, planned.answers[n - 1]);
      if (n === 1) {
        // Autosave (progressive enhancement): the answer reaches the server without pressing a button. The
        // server's copy is read in a fresh browser (signed in anew, nothing shared with this page), so
        // neither this page nor the browser's form restoration can stand in for it.
        await page.waitForTimeout(2000);
        const mine = await answerState(q);
        const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
        try {
          const other = await (await browser.newContext({ locale: 'mk-MK' })).newPage();
          await signIn(other);
          await other.goto(`${attemptUrl}?page=1`);
          const theirs = await answerState(other.locator('fieldset.question'));
          if (!mine.length) fail('autosave: nothing was answered on the first page');
          else if (JSON.stringify(mine) !== JSON.stringify(theirs)) {
            fail(`the first answer was not autosaved: answered ${JSON.stringify(mine)}, the server has ${JSON.stringify(theirs)}`);
          } else console.log(`ok autosave: a fresh sign-in sees the first answer ${JSON.stringify(theirs)}`);
        } finally {
          await browser.close();
        }
      }
      if (n === 2) {
        // Flag the second question for review: the navigation and the summary must show it.
        await q.locator('input[name="flag.2"]').check();
      }
      const next = n < pages ? `${attemptUrl}?page=${n + 1}` : `${attemptUrl}/summary`;
      const field = q.locator('input[type=text]');
      if (!enterTried && await field.count()) {
        // Enter in a text field must go forward (the form's default button), never back.
        enterTried = true;
        await Promise.all([page.waitForNavigation(), field.first().press('Enter')]);
        if (page.url() !== next) fail(`Enter on page ${n} led to ${page.url()}, not ${next}`);
        else console.log(`ok Enter in a text field on page ${n} goes forward`);
      } else {
        // The visible forward button (the hidden default one shares its value).
        await Promise.all([page.waitForNavigation(), page.locator('.buttons button.primary').click()]);
      }
      if (n === 3) {
        // Continue without a page number resumes where the learner was sent: page 4.
        await page.goto(attemptUrl);
        const stem = norm(await page.locator('fieldset.question p.stem').textContent());
        if (bank.byStem.get(stem) !== paper[3]) fail(`resuming opened "${stem}", not page 4's question`);
        else console.log('ok resume opens the page the learner was last sent to');
        const flagged = await page.$$eval('.qnav button.flagged', (els) => els.map((e) => e.value));
        if (JSON.stringify(flagged) !== '["page-2"]') fail(`navigation shows flags on ${JSON.stringify(flagged)}`);
        const name = await page.getAttribute('.qnav button[value="page-2"]', 'aria-label');
        console.log(`navigation button 2 is named "${name}"`);
      }
    }
    if (!page.url().endsWith('/summary')) fail(`after the last page: ${page.url()}, not the summary`);
    await audit(page, '05-summary');
    const flaggedRows = await page.$$eval('table.summary tr', (rows) => rows
      .filter((r) => r.querySelector('.flagged')).map((r) => r.querySelector('a').getAttribute('href')));
    if (flaggedRows.length !== 1 || !flaggedRows[0].endsWith('page=2')) fail(`summary flags: ${JSON.stringify(flaggedRows)}`);
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/submit"] button')]);
    if (dialogs.length !== 1) fail(`the final submit asked ${dialogs.length} times for confirmation`);
    else console.log(`ok the final submit asked first: "${dialogs[0]}"`);
    await audit(page, '06-result');

    const score = await page.getAttribute('[data-score]', 'data-score');
    const awarded = await page.$$eval('[data-awarded]', (els) => els.map((e) => e.getAttribute('data-awarded')));
    const sum = awarded.map(number).reduce((a, b) => a + b, 0);
    console.log(`score shown ${score}; sum of ${awarded.length} question scores ${sum}`);
    if (awarded.length !== 20) fail(`expected 20 reviewed questions, got ${awarded.length}`);
    // Each shown score is rounded to 2 decimals: the sum may drift by half a hundredth per question.
    if (Math.abs(number(score) - sum) > 0.005 * (awarded.length + 1)) fail(`score ${score} differs from the sum ${sum}`);

    // The same figures from the bank's key and the scoring rules, for the answers given on purpose.
    const reviews = await page.$$eval('section.question.review', (els) => els.map((e) => ({
      stem: e.querySelector('p.stem').textContent, awarded: e.getAttribute('data-awarded') })));
    if (reviews.length !== planned.answers.length) fail(`${reviews.length} questions reviewed, ${planned.answers.length} answered`);
    console.log('  #  question                        type        answered      expected  shown');
    reviews.forEach((r, i) => {
      const a = planned.answers.find((x) => x.q.stem === norm(r.stem));
      if (!a) { fail(`review ${i + 1}: a question not on the paper: "${norm(r.stem)}"`); return; }
      const ok = Math.abs(number(r.awarded) - a.mark.shown) < 1e-9;
      console.log(`${String(i + 1).padStart(3)}  ${a.q.id.padEnd(30)}  ${a.q.type.padEnd(10)}  ${a.intent.padEnd(12)}  ` +
        `${String(a.mark.shown).padStart(8)}  ${String(r.awarded).padStart(5)}${ok ? '' : '  <- differs'}`);
      if (!ok) fail(`question ${i + 1} (${a.q.id}, ${a.intent}): expected ${a.mark.shown} points, shown ${r.awarded}`);
    });
    const totalMilli = Math.max(0, planned.answers.reduce((s, a) => s + a.mark.milli, 0));
    const expectedScore = Math.round(totalMilli / 10) / 100;
    const passed = totalMilli * 100 >= quiz.pass_percent * planned.maxMilli;
    const shownPassed = await page.locator('.score.passed').count() === 1;
    console.log(`total: expected ${expectedScore} of ${planned.maxMilli / 1000} (${passed ? 'passed' : 'failed'}), ` +
      `shown ${score} (${shownPassed ? 'passed' : 'failed'})`);
    if (Math.abs(number(score) - expectedScore) > 1e-9) fail(`total: expected ${expectedScore}, shown ${score}`);
    if (passed !== shownPassed) fail(`verdict: expected ${passed ? 'passed' : 'failed'} at ${expectedScore} of ${planned.maxMilli / 1000} with a pass mark of ${quiz.pass_percent}%`);
    const intents = new Set(planned.answers.map((a) => a.intent));
    for (const i of ['right', 'wrong', 'partly right']) if (!intents.has(i)) fail(`no question answered ${i}`);

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
