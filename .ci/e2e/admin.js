// The demo administrator in headless Chromium, in Serbian Cyrillic: signs in, creates a cohort and an
// account, adds the account to the cohort, and sees a refused addition (an unknown address) and a refused
// account form. Each page is screenshotted at 375 and 1280 px, audited with axe (serious or critical findings
// fail the run), checked for sideways scrolling on a phone, and saved for the HTML validator.
// usage: node admin.js BASE_URL OUT_DIR
const { chromium } = require('playwright-core');
const fs = require('fs'), os = require('os'), path = require('path');

const [base = 'http://127.0.0.1:8000', out = '.'] = process.argv.slice(2);
const failures = [];
const fail = (msg) => { console.log('FAIL', msg); failures.push(msg); };
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function audit(page, name) {
  fs.writeFileSync(path.join(out, `admin-${name}.html`), await page.content());
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(out, `admin-${name}-${width}.png`), fullPage: true });
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scroll > width) fail(`${name}: the page is ${scroll} px wide at ${width} px`);
  }
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const res = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }));
  for (const v of res.violations) {
    console.log(`  axe ${v.impact} ${v.id}: ${v.help} e.g. ${v.nodes[0].target}`);
    if (['serious', 'critical'].includes(v.impact)) fail(`${name}: axe ${v.id}`);
  }
  if (await page.getAttribute('html', 'lang') !== 'sr-Cyrl') fail(`${name}: html lang is not sr-Cyrl`);
  console.log(`ok ${name} (${res.violations.length} minor findings)`);
}

// Submits the form holding `button` and waits for the page it leads to.
const submit = (page, button) => Promise.all([page.waitForNavigation(), page.click(button)]);

(async () => {
  const ctx = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'pw-')), {
    executablePath: '/usr/bin/chromium', headless: true, args: ARGS,
  });
  const page = await ctx.newPage();
  const stamp = Date.now();
  await page.goto(`${base}/login?lang=sr-Cyrl`);
  await page.fill('#email', 'admin@ispit.test');
  await page.fill('#password', 'ispit-demo');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);

  const cohort = `Министарство унутрашњих послова — енглески ${stamp}`;
  await page.goto(`${base}/admin/cohorts`);
  await page.fill('#name', cohort);
  await submit(page, 'form[action="/admin/cohorts"] button');
  const cohortUrl = page.url();
  if (!/\/admin\/cohorts\/\d+$/.test(cohortUrl)) fail(`creating a cohort led to ${cohortUrl}`);

  const email = `jelena.${stamp}@example.org`;
  await page.goto(`${base}/admin/users/new`);
  await submit(page, 'form[action="/admin/users"] button[type=submit]');
  if ((await page.locator('.field-error').count()) < 3) fail('an empty account form shows its problems');
  await audit(page, 'account-refused');
  await page.fill('#name', 'Јелена Марковић');
  await page.fill('#email', email);
  await page.selectOption('#language', 'sr-Cyrl');
  await page.fill('#password', 'lozinka-2026');
  await submit(page, 'form[action="/admin/users"] button[type=submit]');
  if (!(await page.locator('.saved').count())) fail('the new account says it was saved');
  await audit(page, 'account');

  await page.goto(cohortUrl);
  await page.fill('#member-email', email);
  await submit(page, 'form[action$="/members"] button');
  if (!(await page.innerText('main')).includes('Јелена Марковић')) fail('the member is listed on the cohort');
  await page.fill('#member-email', `nobody.${stamp}@example.org`);
  await submit(page, 'form[action$="/members"] button');
  if (!(await page.locator('#member-error').count())) fail('an unknown address is refused at its field');
  await audit(page, 'cohort');

  await page.goto(`${base}/admin/users?q=${stamp}`);
  if ((await page.locator('tbody tr').count()) !== 1) fail('the search finds the new account alone');
  await audit(page, 'accounts');
  await page.goto(`${base}/admin/cohorts`);
  await audit(page, 'cohorts');
  await ctx.close();
  if (failures.length) { console.log(`${failures.length} failures`); process.exit(1); }
  console.log('administrator pages passed');
})().catch((e) => { console.error(e); process.exit(1); });
