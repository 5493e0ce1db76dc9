// Issue 15's walk in headless Chromium, on a server with a copy of the bundled banks: the administrator
// uploads a Moodle XML export of a real quiz on /admin/questions/import, sees the preview with its broken
// question pointed out (line 277, a grade of 90 % at best) and a Cloze question with a typed gap taken,
// confirms, and the running server has the new course at once; then a GIFT file with a broken question
// into the same course. A learner of the instructor's cohort takes the quiz, writing its essay: the result
// awaits grading. The instructor grades the essay from the attempt's review; the learner's result then has
// its final score and the grader's comment. A Moodle XML file in English and Macedonian (multilang spans) read
// with Macedonian ticked gives a course a Macedonian learner takes in Macedonian at once; the first course's
// prose, translated into Macedonian on /admin/questions/translate, is taken in Macedonian too. Pages are
// screenshotted at 375 and 1280 px, audited with axe
// (serious or critical findings fail the run) and saved for the HTML validator.
// usage: node questions.js BASE_URL OUT_DIR
const { chromium } = require('playwright-core');
const fs = require('fs'), os = require('os'), path = require('path');

const [base = 'http://127.0.0.1:8000', out = '.'] = process.argv.slice(2);
const failures = [];
const fail = (msg) => { console.log('FAIL', msg); failures.push(msg); };
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const fixture = (p) => path.join(__dirname, '../../tests/fixtures', p);

async function audit(page, name) {
  const sent = await page.context().request.get(page.url());
  if (sent.status() === 200) fs.writeFileSync(path.join(out, `questions-${name}.html`), await sent.text());
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(out, `questions-${name}-${width}.png`), fullPage: true });
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scroll > width) fail(`${name}: the page is ${scroll} px wide at ${width} px`);
  }
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const res = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }));
  for (const v of res.violations) {
    console.log(`  axe ${v.impact} ${v.id}: ${v.help} e.g. ${v.nodes[0].target}`);
    if (['serious', 'critical'].includes(v.impact)) fail(`${name}: axe ${v.id}`);
  }
  console.log(`ok ${name} (${res.violations.length} minor findings)`);
}

const submit = (page, button) => Promise.all([page.waitForNavigation(), page.click(button)]);

async function browser() {
  return chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'pw-')), {
    executablePath: '/usr/bin/chromium', headless: true, args: ARGS,
  });
}

async function signIn(ctx, email, lang) {
  const page = await ctx.newPage();
  await page.goto(`${base}/login${lang ? `?lang=${lang}` : ''}`);
  await page.fill('#email', email);
  await page.fill('#password', 'ispit-demo');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  if (page.url().includes('/login')) fail(`${email} could not sign in`);
  return page;
}

/// Uploads `file` in `format` on the question import page for the preview.
async function upload(page, format, file, course, fields = {}, locales = []) {
  await page.goto(`${base}/admin/questions/import`);
  await page.check(`input[name="format"][value="${format}"]`);
  await page.setInputFiles('#files', file);
  await page.selectOption('#course', course);
  for (const [id, value] of Object.entries(fields)) await page.fill(id, value);
  for (const tag of locales) await page.check(`input[name="locale"][value="${tag}"]`);
  await submit(page, 'form[action="/admin/questions/import"] button[type="submit"]');
}

(async () => {
  const ctx = await browser();
  const admin = await signIn(ctx, 'admin@ispit.test');

  // A cohort with the demo instructor and learner, so that the instructor grades the learner's essay.
  await admin.goto(`${base}/admin/cohorts`);
  await admin.fill('#name', 'Refugee law — pilot 2026');
  await submit(admin, 'form[action="/admin/cohorts"] button');
  const cohortUrl = admin.url();
  for (const [email, role] of [['instructor@ispit.test', 'instructor'], ['learner@ispit.test', 'learner']]) {
    await admin.goto(cohortUrl);
    await admin.fill('#member-email', email);
    await admin.selectOption('#member-role', role);
    await submit(admin, 'form[action$="/members"] button');
  }

  // The Moodle XML export of a real quiz into a new course, with a quiz of every question.
  await upload(admin, 'moodlexml', fixture('import/moodlexml/real-quiz.xml'), '', {
    '#new-course-id': 'refugee-law-intro', '#new-course-title': 'Introduction to refugee law',
    '#quiz': 'refugee-law-intro-check',
  });
  await audit(admin, 'preview-moodle');
  const preview = await admin.innerText('main');
  if (!preview.includes('real-quiz.xml:277:3')) fail('the preview points out the broken question at line 277');
  // The Cloze question with a chosen and a typed gap is taken, its typed gap's key shown.
  if (!preview.includes('typed in by the learner')) fail('the preview says the learner types the Cloze gap');
  if (!(await admin.locator('.key', { hasText: /^exploitation$/ }).count())) fail('the preview shows the typed gap\'s key');
  if (!(await admin.locator('form[action="/admin/questions/import/confirm"]').count())) fail('no confirmation offered');
  await submit(admin, 'form[action="/admin/questions/import/confirm"] button');
  await audit(admin, 'done-moodle');
  if (!(await admin.innerText('main')).includes('10 questions were added')) fail('10 questions are added');

  // A GIFT file with a broken question into the same course.
  await upload(admin, 'gift', fixture('import/page/asylum-basics.gift'), 'refugee-law-intro');
  if (!(await admin.innerText('main')).includes('asylum-basics.gift:18')) fail('the GIFT preview points out line 18');
  await submit(admin, 'form[action="/admin/questions/import/confirm"] button');
  if (!(await admin.innerText('main')).includes('were added')) fail('the GIFT questions are added');

  // The course's prose translated into Macedonian: the English file downloaded for the translator, the
  // translation uploaded, every question checked in Macedonian, confirmed.
  await admin.goto(`${base}/admin/questions/translate?course=refugee-law-intro`);
  await audit(admin, 'translate-form');
  const english = await admin.context().request.get(`${base}/admin/questions/courses/refugee-law-intro/en.ftl`);
  if (english.status() !== 200 || !(await english.text()).includes('q-mig101-01-grounds-of-persecution ='))
    fail('the English prose file downloads');
  await admin.selectOption('#locale', 'mk');
  await admin.setInputFiles('#file', fixture('import/page/refugee-law-intro.mk.ftl'));
  await submit(admin, 'form[action="/admin/questions/translate"] button[type="submit"]');
  await audit(admin, 'translate-check');
  if (!(await admin.innerText('main')).includes('Колку цели утврдува Глобалниот договор'))
    fail('the check shows the questions in Macedonian');
  await submit(admin, 'form[action="/admin/questions/translate/confirm"] button');
  await audit(admin, 'translate-done');
  if (!(await admin.innerText('main')).includes('Translation added')) fail('the translation is added');

  // English and Macedonian from one Moodle XML file (multilang spans), Macedonian ticked.
  await upload(admin, 'moodlexml', fixture('import/page/palermo-mk.xml'), '', {
    '#new-course-id': 'palermo-protocol-mk', '#new-course-title': 'The Palermo Protocol',
    '#quiz': 'palermo-protocol-mk-check',
  }, ['mk']);
  await submit(admin, 'form[action="/admin/questions/import/confirm"] button');
  if (!(await admin.innerText('main')).includes('were added')) fail('the bilingual questions are added');
  await ctx.close();

  // A Macedonian learner takes that quiz at once, in Macedonian.
  const mctx = await browser();
  const mk = await signIn(mctx, 'mk@ispit.test');
  await mk.goto(`${base}/quizzes/palermo-protocol-mk-check`);
  await submit(mk, 'form[action$="/start"] button');
  await audit(mk, 'paper-mk');
  let seen = '';
  for (let page = 1; page <= 10; page++) {
    seen += await mk.innerText('main');
    if (!(await mk.locator('button.primary[value="next"]').count())) break;
    await submit(mk, 'button.primary[value="next"]');
  }
  if (!seen.includes('Која конвенција ја дополнува Протоколот од Палермо?')) fail('the imported question in Macedonian');
  // And the translated course, in Macedonian.
  await mk.goto(`${base}/quizzes/refugee-law-intro-check`);
  await submit(mk, 'form[action$="/start"] button');
  await audit(mk, 'paper-translated-mk');
  seen = '';
  for (let page = 1; page <= 30; page++) {
    seen += await mk.innerText('main');
    if (!(await mk.locator('button.primary[value="next"]').count())) break;
    await submit(mk, 'button.primary[value="next"]');
  }
  for (const text of ['Според член 1A(2) од Конвенцијата од 1951 година, што од следново не е основ за прогон?',
    'Во која година стапи на сила Конвенцијата од 1951 година?'])
    if (!seen.includes(text)) fail(`the translated course in Macedonian: ${text}`);
  await mctx.close();

  // The learner takes the quiz at once, writing the essay, and leaves the rest as it is.
  const lctx = await browser();
  const learner = await signIn(lctx, 'learner@ispit.test');
  await learner.goto(`${base}/quizzes/refugee-law-intro-check`);
  await submit(learner, 'form[action$="/start"] button');
  const attempt = learner.url().match(/attempts\/(\d+)/)?.[1];
  if (!attempt) fail(`the quiz did not start: ${learner.url()}`);
  let essays = 0, gaps = 0;
  for (let page = 1; page <= 30; page++) {
    const gap = learner.locator('input.gap');
    if (await gap.count()) {
      await gap.first().fill('Exploitation');
      gaps++;
    }
    const box = learner.locator('textarea[name^="a."]');
    if (await box.count()) {
      await box.first().fill('The Compact is not legally binding; it adds cooperation on the whole\nroute: objectives, a review forum and a capacity-building mechanism.');
      essays++;
    }
    if (!(await learner.locator('button.primary[value="next"]').count())) break;
    await submit(learner, 'button.primary[value="next"]');
  }
  if (essays !== 1) fail(`the learner wrote ${essays} essays, expected 1`);
  if (gaps !== 1) fail(`the learner typed in ${gaps} gaps, expected 1`);
  await submit(learner, 'button[value="summary"]:not(.default-action)');
  learner.on('dialog', (d) => d.accept());
  await submit(learner, 'form[action$="/submit"] button');
  await audit(learner, 'result-awaiting');
  if (!(await learner.innerText('main')).includes('awaits grading')) fail('the result awaits grading');
  await lctx.close();

  // The instructor grades the essay from the attempt's review.
  const ictx = await browser();
  const instructor = await signIn(ictx, 'instructor@ispit.test');
  await instructor.goto(`${base}/teach/attempts/${attempt}`);
  await audit(instructor, 'grading');
  const form = instructor.locator('form.marking').first();
  if (!(await form.count())) fail('no grading form on the review');
  await form.locator('input[name="points"]').fill('8');
  await form.locator('textarea[name="comment"]').fill('Clear and accurate.');
  await Promise.all([instructor.waitForNavigation(), form.locator('button').click()]);
  if ((await instructor.innerText('main')).includes('await a grade')) fail('the attempt still awaits a grade');
  await ictx.close();

  // The learner's result is final, with the comment.
  const l2 = await browser();
  const again = await signIn(l2, 'learner@ispit.test');
  await again.goto(`${base}/attempts/${attempt}/result`);
  await audit(again, 'result-graded');
  const result = await again.innerText('main');
  if (result.includes('awaits grading')) fail('the graded result still awaits grading');
  if (!result.includes('Clear and accurate.')) fail("the result shows the grader's comment");
  await l2.close();

  if (failures.length) {
    console.log(`${failures.length} failures`);
    process.exit(1);
  }
  console.log('question import and essay grading: ok');
})().catch((e) => { console.error(e); process.exit(1); });
