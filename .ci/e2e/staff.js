// Issue 13's walk in headless Chromium: the administrator imports learners from a CSV written by a
// spreadsheet (semicolons, a byte order mark, Cyrillic and Latin names) and puts instructors on cohorts; an
// instructor assigns the English placement test with a due date; two learners in different languages
// (Serbian Cyrillic and Latin, from their profiles as imported) find it on their dashboards and take it; the instructor reads their levels, the
// chart, the item table and the CSVs; an instructor of another cohort sees none of it. Staff
// pages are screenshotted at 375 and 1280 px, audited with axe (serious or critical findings fail the run),
// checked for sideways scrolling and saved for the HTML validator.
// usage: node staff.js BASE_URL OUT_DIR
const { chromium } = require('playwright-core');
const fs = require('fs'), os = require('os'), path = require('path');

const [base = 'http://127.0.0.1:8000', out = '.'] = process.argv.slice(2);
const failures = [];
const fail = (msg) => { console.log('FAIL', msg); failures.push(msg); };
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const LEVELS = ['Pre-A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

async function audit(page, name) {
  const sent = await page.context().request.get(page.url());
  if (sent.status() === 200) fs.writeFileSync(path.join(out, `staff-${name}.html`), await sent.text());
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(out, `staff-${name}-${width}.png`), fullPage: true });
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

async function signIn(ctx, email, password, lang) {
  const page = await ctx.newPage();
  await page.goto(`${base}/login${lang ? `?lang=${lang}` : ''}`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  if (page.url().includes('/login')) fail(`${email} could not sign in`);
  return page;
}

// A local time for a datetime-local field, `days` from now (the field is read in the centre's zone; a day
// ahead is after now in any zone).
function localIn(days) {
  const d = new Date(Date.now() + days * 86400e3);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

(async () => {
  const stamp = Date.now();
  // The fixture as Excel writes it ("CSV UTF-8": BOM, semicolons), with this run's addresses and cohorts.
  const fixture = fs.readFileSync(path.join(__dirname, '../../tests/fixtures/import/learners-excel-semicolon.csv'), 'utf8');
  const csv = fixture.replace(/@example\./g, `.${stamp}@example.`).replace(/ — English (B1|2026)/g, ` — English $1 ${stamp}`);
  const cohortA = `Western Balkans Asylum Officers — English B1 ${stamp}`;
  const cohortB = `Ministry of Security BiH — English 2026 ${stamp}`;
  const csvPath = path.join(out, `learners-${stamp}.csv`);
  fs.writeFileSync(csvPath, csv);
  const otherEmail = `petar.${stamp}@example.org`;
  const otherPassword = 'drugi-predavac-2026';

  // The administrator: cohorts, instructors on them, the import.
  const adminCtx = await browser();
  const admin = await signIn(adminCtx, 'admin@ispit.test', 'ispit-demo', 'sr-Cyrl');
  const cohortUrl = {};
  for (const name of [cohortA, cohortB]) {
    await admin.goto(`${base}/admin/cohorts`);
    await admin.fill('#name', name);
    await submit(admin, 'form[action="/admin/cohorts"] button');
    cohortUrl[name] = admin.url();
  }
  await admin.goto(`${base}/admin/users/new`);
  await admin.fill('#name', 'Петар Јовић');
  await admin.fill('#email', otherEmail);
  await admin.uncheck('input[name="role-learner"]');
  await admin.check('input[name="role-instructor"]');
  await admin.fill('#password', otherPassword);
  await submit(admin, 'form[action="/admin/users"] button[type=submit]');
  for (const [name, email] of [[cohortA, 'instructor@ispit.test'], [cohortB, otherEmail]]) {
    await admin.goto(cohortUrl[name]);
    await admin.fill('#member-email', email);
    await admin.selectOption('#member-role', 'instructor');
    await submit(admin, 'form[action$="/members"] button');
  }
  await admin.goto(`${base}/admin/import`);
  await admin.setInputFiles('#file', csvPath);
  await submit(admin, 'form[action="/admin/import"] button');
  await audit(admin, 'import-preview');
  if (!(await admin.locator('form[action="/admin/import/confirm"]').count())) fail('the preview offers no confirmation');
  const previewText = await admin.innerText('main');
  if (!previewText.includes('Јелена Марковић')) fail('the preview shows the Cyrillic name');
  await submit(admin, 'form[action="/admin/import/confirm"] button');
  await audit(admin, 'import-done');
  const passwords = {};
  for (const row of await admin.locator('table.import-passwords tbody tr').all()) {
    const cells = await row.locator('td').allInnerTexts();
    passwords[cells[0].trim()] = cells[1].trim();
  }
  const jelena = `jelena.markovic.${stamp}@example.org`;
  const nikola = `nikola.jovanovic.${stamp}@example.org`;
  if (!passwords[jelena] || !passwords[nikola]) fail(`no initial passwords shown for the learners: ${JSON.stringify(Object.keys(passwords))}`);
  await adminCtx.close();

  // The instructor assigns the placement test to the first cohort, due tomorrow.
  const teachCtx = await browser();
  const teacher = await signIn(teachCtx, 'instructor@ispit.test', 'ispit-demo', 'en');
  await teacher.goto(`${base}/teach`);
  await audit(teacher, 'teach-home');
  await Promise.all([teacher.waitForNavigation(), teacher.click(`a:text-is("${cohortA}")`)]);
  await teacher.selectOption('#task', 'placement');
  await teacher.fill('#due', localIn(1));
  await teacher.fill('#attempts', '1');
  await submit(teacher, 'form[action$="/assignments"] button');
  const assignmentUrl = teacher.url();
  if (!/\/teach\/assignments\/\d+$/.test(assignmentUrl)) fail(`assigning led to ${assignmentUrl}`);
  const id = assignmentUrl.split('/').pop();

  // Two learners, each in their own language, take it from their dashboards.
  const levels = {};
  for (const [email, lang, pick] of [[jelena, 'sr-Cyrl', 0], [nikola, 'sr-Latn', 1]]) {
    if (!passwords[email]) continue;
    const ctx = await browser();
    const page = await signIn(ctx, email, passwords[email], null);
    await page.goto(`${base}/quizzes`);
    if (await page.getAttribute('html', 'lang') !== lang) fail(`${email}: the dashboard is not in ${lang}`);
    await audit(page, `dashboard-${lang}`);
    const start = page.locator(`form[action="/assignments/${id}/start"] button`);
    if (!(await start.count())) { fail(`${email}: the assignment is not on the dashboard`); await ctx.close(); continue; }
    await submit(page, `form[action="/assignments/${id}/start"] button`);
    let items = 0;
    while (!page.url().endsWith('/result') && items < 60) {
      const options = page.locator('input[name=choice]');
      await options.nth((items + pick) % (await options.count())).check();
      await Promise.all([page.waitForNavigation(), page.click('button.primary')]);
      items++;
    }
    levels[email] = await page.getAttribute('[data-level]', 'data-level');
    console.log(`${email} (${lang}): ${items} items, level ${levels[email]}`);
    if (!LEVELS.includes(levels[email])) fail(`${email}: no CEFR level: ${levels[email]}`);
    await page.goto(`${base}/quizzes`);
    if ((await page.locator(`form[action="/assignments/${id}/start"]`).count())) fail(`${email}: one attempt allowed, yet offered again`);
    await ctx.close();
  }

  // The instructor reads the levels, the chart with its text table, and the CSV.
  await teacher.goto(assignmentUrl);
  await audit(teacher, 'assignment');
  const table = await teacher.innerText('main');
  for (const [email, level] of Object.entries(levels)) {
    const name = email.startsWith('jelena') ? 'Јелена Марковић' : 'Nikola Jovanović';
    const row = teacher.locator('tr', { hasText: name });
    if (!(await row.count())) { fail(`${name} is not in the results`); continue; }
    if (!(await row.first().innerText()).includes(level)) fail(`${name}: level ${level} not shown in the row`);
  }
  if (!(await teacher.locator('svg[role=img]').count())) fail('no chart on the assignment page');
  if (!table.includes('B1') && !table.includes('A2')) console.log('  (no A2/B1 in the table text)');
  const csvReply = await teacher.context().request.get(`${assignmentUrl}/results.csv`);
  const bytes = await csvReply.body();
  if (csvReply.status() !== 200) fail(`the CSV answers ${csvReply.status()}`);
  else {
    if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) fail('the CSV has no byte order mark');
    const text = bytes.toString('utf8');
    if (!text.includes('Јелена Марковић') || !text.includes('Nikola Jovanović')) fail('the CSV lacks the learners\' names as written');
    fs.writeFileSync(path.join(out, 'staff-results.csv'), bytes);
  }
  // The item table: the placement items as these two tests gave them, from the assignment's page.
  await Promise.all([teacher.waitForNavigation(), teacher.click(`a[href="/teach/assignments/${id}/items"]`)]);
  await audit(teacher, 'items');
  const itemRows = await teacher.locator('table.items tbody tr').count();
  if (itemRows < 15) fail(`the item table lists ${itemRows} items for two tests of 15 or more items each`);
  const itemsCsv = await teacher.context().request.get(`${assignmentUrl}/items.csv`);
  if (itemsCsv.status() !== 200) fail(`the item CSV answers ${itemsCsv.status()}`);
  else if ((await itemsCsv.text()).trim().split('\n').length !== itemRows + 1) fail('the item CSV has another number of rows than the table');
  await teachCtx.close();

  // An instructor of the other cohort sees none of it.
  const otherCtx = await browser();
  const other = await signIn(otherCtx, otherEmail, otherPassword, 'en');
  await other.goto(`${base}/teach`);
  if ((await other.innerText('main')).includes(cohortA)) fail('the other instructor sees the first cohort');
  for (const url of [assignmentUrl, `${assignmentUrl}/results.csv`, `${assignmentUrl}/items`, cohortUrl[cohortA].replace('/admin/', '/teach/')]) {
    const r = await other.context().request.get(url, { maxRedirects: 0 });
    if (r.status() !== 404) fail(`the other instructor gets ${r.status()} from ${url}`);
  }
  await otherCtx.close();

  if (failures.length) { console.log(`${failures.length} failures`); process.exit(1); }
  console.log('staff walk passed');
})().catch((e) => { console.error(e); process.exit(1); });
