// Issue 14's walk with a real SMTP server (aiosmtpd writing a Maildir, started and stopped by this script): an
// administrator imports learners; an instructor assigns Migration and Gender to their cohort; the Serbian
// Cyrillic learner receives the invitation in Cyrillic, passes the quiz in the browser and receives a Serbian
// Cyrillic email with the PDF certificate: its text holds her name exactly (pdftotext), its fonts are embedded
// (pdffonts), its QR code decodes (zbarimg) to the verification page, which says valid in her language. Then the
// administrator bulk-sends a cohort's certificates while the SMTP server stops after two messages and comes
// back: every certificate arrives exactly once. Pages are screenshotted, audited with axe and saved for the
// HTML validator; every message is linted (headers, 8-bit, line length).
// usage: node mail.js BASE_URL OUT_DIR MAILDIR PYTHON SMTP_PORT BULK_COHORT
const { chromium } = require('playwright-core');
const { spawn, execFileSync } = require('child_process');
const fs = require('fs'), os = require('os'), path = require('path');
const { loadCourse, norm, candidates } = require('./key');
const { answer } = require('./answer');

const [base, out, maildir, python, port, bulkCohort] = process.argv.slice(2);
const ROOT = path.join(__dirname, '../..');
const failures = [];
const fail = (msg) => { console.log('FAIL', msg); failures.push(msg); };
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const submit = (page, button) => Promise.all([page.waitForNavigation(), page.click(button)]);

// A Fluent message's text in a locale, read from the locale files (simple one-line messages only).
function message(locale, file, id) {
  const line = fs.readFileSync(path.join(ROOT, 'locales', locale, file), 'utf8').split('\n').find((l) => l.startsWith(`${id} =`));
  if (!line) throw new Error(`no ${id} in ${locale}/${file}`);
  return line.slice(id.length + 2).trim();
}

let sink = null;
async function startSink(stopAfter) {
  const args = [path.join(ROOT, '.ci/smtp_sink.py'), '--port', port, '--maildir', maildir];
  if (stopAfter) args.push('--stop-after', String(stopAfter));
  sink = spawn(python, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  // Settled when the server exits (also when that happens before anyone waits for it).
  sink.exited = new Promise((resolve) => sink.on('exit', resolve));
  await new Promise((resolve, reject) => {
    sink.stdout.on('data', (d) => { if (String(d).includes('READY')) resolve(); });
    sink.on('exit', () => reject(new Error('the SMTP server did not start')));
  });
}

const attachments = path.join(out, 'mail-attachments');
const messages = () => JSON.parse(execFileSync(python, [path.join(ROOT, '.ci/mail_inspect.py'), maildir, attachments]).toString());
async function waitFor(what, pred, seconds = 60) {
  for (let i = 0; i < seconds * 2; i++) {
    const found = messages().filter(pred);
    if (found.length) return found;
    await sleep(500);
  }
  fail(`no ${what} within ${seconds} s`);
  return [];
}

async function audit(page, name) {
  const sent = await page.context().request.get(page.url());
  if (sent.status() === 200) fs.writeFileSync(path.join(out, `mail-${name}.html`), await sent.text());
  await page.screenshot({ path: path.join(out, `mail-${name}.png`), fullPage: true });
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const res = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }));
  for (const v of res.violations) {
    console.log(`  axe ${v.impact} ${v.id}: ${v.help} e.g. ${v.nodes[0].target}`);
    if (['serious', 'critical'].includes(v.impact)) fail(`${name}: axe ${v.id}`);
  }
  console.log(`ok ${name}`);
}

async function browser(locale) {
  return chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'pw-')), {
    executablePath: '/usr/bin/chromium', headless: true, args: ARGS, locale,
  });
}

async function signIn(ctx, email, password) {
  const page = await ctx.newPage();
  await page.goto(`${base}/login`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  if (page.url().includes('/login')) fail(`${email} could not sign in`);
  return page;
}

function localIn(days) {
  const d = new Date(Date.now() + days * 86400e3);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

const tool = (cmd, args) => execFileSync(cmd, args).toString();

(async () => {
  fs.mkdirSync(attachments, { recursive: true });
  await startSink();
  const stamp = Date.now();
  const cohort = `MUP RS — Migration and Gender ${stamp}`;
  const jovana = `jovana.petrovic.${stamp}@example.org`;
  const NAME = 'Јована Петровић-Ђурђевић';

  // The administrator: the cohort, its instructor, the learners.
  const adminCtx = await browser('en-GB');
  const admin = await signIn(adminCtx, 'admin@ispit.test', 'ispit-demo');
  await admin.goto(`${base}/admin/cohorts`);
  await admin.fill('#name', cohort);
  await submit(admin, 'form[action="/admin/cohorts"] button');
  const cohortUrl = admin.url();
  await admin.fill('#member-email', 'instructor@ispit.test');
  await admin.selectOption('#member-role', 'instructor');
  await submit(admin, 'form[action$="/members"] button');
  const csv = path.join(out, `mail-learners-${stamp}.csv`);
  fs.writeFileSync(csv, `email,name,language,cohort\n${jovana},${NAME},sr-Cyrl,${cohort}\n` +
    `marko.${stamp}@example.org,Marko Petrović,sr-Latn,${cohort}\n`);
  await admin.goto(`${base}/admin/import`);
  await admin.setInputFiles('#file', csv);
  await submit(admin, 'form[action="/admin/import"] button');
  await submit(admin, 'form[action="/admin/import/confirm"] button');
  const passwords = {};
  for (const row of await admin.locator('table.import-passwords tbody tr').all()) {
    const cells = await row.locator('td').allInnerTexts();
    passwords[cells[0].trim()] = cells[1].trim();
  }
  if (!passwords[jovana]) fail('no initial password shown for Jovana');

  // The instructor assigns the quiz, due tomorrow.
  const teachCtx = await browser('en-GB');
  const teacher = await signIn(teachCtx, 'instructor@ispit.test', 'ispit-demo');
  await teacher.goto(`${base}/teach`);
  await Promise.all([teacher.waitForNavigation(), teacher.click(`a:text-is("${cohort}")`)]);
  await teacher.selectOption('#task', 'quiz:migration-gender-final');
  await teacher.fill('#due', localIn(1));
  await submit(teacher, 'form[action$="/assignments"] button');
  const assignment = teacher.url().split('/').pop();
  await teachCtx.close();

  // The invitation, in Serbian Cyrillic.
  const courseTitle = fs.readFileSync(path.join(ROOT, 'question-banks/migration-gender/sr-Cyrl.ftl'), 'utf8')
    .split('\n').find((l) => l.startsWith('course-title =')).slice('course-title ='.length).trim();
  const [invitation] = await waitFor('invitation to Jovana', (m) => m.to.includes(jovana));
  if (invitation) {
    console.log(`invitation: "${invitation.subject}" (${invitation.type})`);
    if (!invitation.subject.includes(courseTitle)) fail(`the invitation's subject lacks "${courseTitle}": ${invitation.subject}`);
    if (!invitation.to.includes(NAME)) fail(`the invitation is not addressed to ${NAME}: ${invitation.to}`);
    if (invitation.type !== 'multipart/alternative') fail(`invitation: ${invitation.type}`);
    if (!invitation.text.includes(`${base}/`)) fail('the invitation has no link to ispit');
  }

  // Jovana takes the quiz from her dashboard, in Serbian Cyrillic, and passes (answers planned from the key).
  const learnerCtx = await browser('sr-RS');
  const learner = await signIn(learnerCtx, jovana, passwords[jovana]);
  learner.on('dialog', (d) => d.accept());
  await learner.goto(`${base}/quizzes`);
  if (await learner.getAttribute('html', 'lang') !== 'sr-Cyrl') fail('Jovana\'s dashboard is not in Serbian Cyrillic');
  await submit(learner, `form[action="/assignments/${assignment}/start"] button`);
  const attemptUrl = learner.url().split('?')[0];
  const bank = loadCourse(path.join(ROOT, 'question-banks/migration-gender'), 'sr-Cyrl');
  const pages = await learner.locator('.qnav button[name=go]').count();
  const paper = [];
  for (let n = 1; n <= pages; n++) {
    await learner.goto(`${attemptUrl}?page=${n}`);
    const stem = norm(await learner.locator('fieldset.question p.stem').textContent());
    const q = bank.byStem.get(stem);
    if (!q) throw new Error(`page ${n}: no question with the stem "${stem}"`);
    paper.push(q);
  }
  // Every question right, from the key (the scoring itself is checked by walkthrough.js).
  const right = paper.map((q) => ({ q, answer: candidates(q, 'sr-Cyrl').find((c) => c.intent === 'right').answer }));
  for (let n = 1; n <= pages; n++) {
    await learner.goto(`${attemptUrl}?page=${n}`);
    await answer(learner, learner.locator('fieldset.question'), right[n - 1]);
    await submit(learner, 'button[name=go][value=save]');
  }
  await learner.goto(`${attemptUrl}/summary`);
  await submit(learner, 'form[action$="/submit"] button');
  const passed = await learner.locator('.score.passed').count() === 1;
  if (!passed) fail('Jovana did not pass: the walk needs a pass for the certificate');
  await audit(learner, 'result-with-certificate');

  // The certificate email: Serbian Cyrillic, the PDF attached, the name exact, fonts embedded, the QR code.
  const [cert] = await waitFor('certificate email to Jovana', (m) => m.to.includes(jovana) && m.attachments.length);
  if (cert) {
    console.log(`certificate email: "${cert.subject}", ${cert.parts.join(' ')}`);
    if (!/[\u0400-\u04FF]/.test(cert.subject)) fail(`the certificate email's subject is not Cyrillic: ${cert.subject}`);
    const pdf = cert.attachments.find((a) => a.type === 'application/pdf');
    if (!pdf) fail('no PDF attached');
    else {
      const text = tool('pdftotext', [pdf.path, '-']);
      if (!text.includes(NAME)) fail(`the PDF's text does not hold "${NAME}": ${text}`);
      else console.log(`ok the PDF gives back "${NAME}" exactly`);
      const fonts = tool('pdffonts', [pdf.path]).trim().split('\n').slice(2);
      for (const row of fonts) {
        const cols = row.trim().split(/\s+/);
        if (cols.slice(-5, -2).join(' ') !== 'yes yes yes') fail(`a font not embedded, subset and mapped: ${row}`);
      }
      tool('pdftoppm', ['-png', '-r', '150', '-singlefile', pdf.path, path.join(out, 'mail-certificate')]);
      const qr = tool('zbarimg', ['--quiet', '--raw', path.join(out, 'mail-certificate.png')]).trim();
      console.log(`QR code: ${qr}`);
      if (!qr.startsWith(`${base}/verify/`)) fail(`the QR code holds ${qr}, not the verification page`);
      // The page the QR code opens, as someone in Serbia would see it, signed out.
      const visitorCtx = await browser('sr-RS');
      const visitor = await visitorCtx.newPage();
      await visitor.goto(qr);
      const valid = message('sr-Cyrl', 'certificate.ftl', 'verify-valid');
      const main = await visitor.innerText('main');
      if (!main.includes(valid)) fail(`the verification page does not say "${valid}": ${main}`);
      if (!main.includes(NAME)) fail('the verification page lacks the name');
      await audit(visitor, 'verify');
      await visitorCtx.close();
    }
  }
  await learnerCtx.close();
  for (const m of messages()) for (const p of m.problems) fail(`${m.subject}: ${p}`);

  // The bulk send of a seeded cohort's certificates; the SMTP server stops after two messages, then returns.
  if (bulkCohort) {
    sink.kill('SIGTERM');
    await sink.exited;
    const before = messages().length;
    await startSink(2);
    await admin.goto(`${base}/admin/certificates/send`);
    const value = await admin.locator('#target option', { hasText: bulkCohort }).first().getAttribute('value');
    await admin.selectOption('#target', value);
    await submit(admin, 'form[action="/admin/certificates/send"][method="get"] button');
    await audit(admin, 'bulk-dry-run');
    const planned = await admin.locator('tr[data-action="issue"]').count();
    console.log(`dry run: ${planned} certificates to issue and send`);
    if (planned < 4) fail(`the dry run plans ${planned} certificates; the walk needs at least 4`);
    await submit(admin, 'form[action="/admin/certificates/send"][method="post"] button');
    const batchUrl = admin.url();
    await sink.exited;
    console.log('the SMTP server stopped after 2 messages');
    await sleep(3000);
    await admin.goto(batchUrl);
    await audit(admin, 'bulk-halfway');
    const queued = Number(await admin.getAttribute('#batch-progress', 'value'));
    if (queued >= planned) fail('every email was delivered before the server stopped: nothing was left halfway');
    await startSink();
    const arrived = [];
    for (let i = 0; i < 120 && arrived.length < planned; i++) {
      await sleep(1000);
      arrived.splice(0, arrived.length, ...messages().slice(before));
    }
    await admin.goto(batchUrl);
    await audit(admin, 'bulk-done');
    const ids = new Set(arrived.map((m) => m.message_id));
    const recipients = new Set(arrived.map((m) => m.to));
    console.log(`bulk: ${arrived.length} messages, ${ids.size} distinct Message-IDs, ${recipients.size} recipients`);
    if (arrived.length !== planned || ids.size !== planned || recipients.size !== planned) {
      fail(`expected each of ${planned} certificates once, got ${arrived.length} messages for ${recipients.size} recipients`);
    }
    const done = await admin.getAttribute('#batch-progress', 'value');
    if (Number(done) !== planned) fail(`the batch page shows ${done} of ${planned} done`);
  }
  await adminCtx.close();
  sink.kill('SIGTERM');
  if (failures.length) { console.log(`${failures.length} failure(s)`); process.exit(1); }
  console.log('mail walk passed');
})().catch((e) => { console.error(e); if (sink) sink.kill('SIGTERM'); process.exit(1); });
