// A comment on Görlitz's draft in consultation, written with the keyboard alone in German
// and in Arabic, in headless Chromium; then the address left in German confirmed from the
// mailed link and erased with one click. The pages no crawl reaches (thanks, confirmation,
// unsubscribe) are audited with axe-core (WCAG 2.1 A/AA) in German, English and Arabic.
//
//   RECEIVED=…/received.jsonl node comment_keyboard.mjs http://127.0.0.1:18080
//
// Only keys a keyboard user presses are sent: Tab, Enter and typing. Per language: from
// the county's page to the draft, to its comments, to the form of a measure; send a text
// too short, follow the error summary to the field, write on, send, see the thank-you page;
// the moderation queue has one more comment waiting.
import { chromium, request } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const base = process.argv[2] ?? 'http://127.0.0.1:18080';
const received = process.env.RECEIVED ?? fail("RECEIVED (the SMTP server's received.jsonl) is not set");
const here = path.dirname(fileURLToPath(import.meta.url));
const axeSource = fs.readFileSync(path.join(here, 'node_modules/axe-core/axe.min.js'), 'utf8');
function fail(message) {
  throw new Error(message);
}

async function tabTo(page, test, what, limit = 200) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(test)) return;
  }
  fail(`Tab never reached ${what} on ${page.url()}`);
}

async function follow(page) {
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
}

const failures = [];
const audited = [];
async function audit(page, what) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  audited.push(what);
  for (const v of result.violations) {
    failures.push(`${what}: ${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }
}

// The moderation queue needs a login: the demo's server administrator.
const admin = await request.newContext({ baseURL: base });
const login = await admin.post('/anmelden', {
  form: { login: process.env.LOGIN ?? 'admin', password: process.env.PASSWORD ?? 'demo-passwort-server' },
  maxRedirects: 0,
});
if (login.status() !== 303) fail(`login answered ${login.status()}`);
async function waiting(concept) {
  const r = await admin.get(`/admin/concepts/${concept}/comments`);
  const m = (await r.text()).match(/Warten auf Freigabe \((\d+)\)/);
  return m ? Number(m[1]) : fail('the moderation queue shows no count');
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const address = `keyboard-${Date.now()}@example.org`;
const results = [];
for (const lang of ['de', 'ar']) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/14626`);
  await tabTo(page, `/\\/14626\\/konzepte\\/\\d+$/.test(document.activeElement?.getAttribute('href') ?? '')`, 'the draft');
  await follow(page);
  await tabTo(page, `(document.activeElement?.getAttribute('href') ?? '').endsWith('/kommentare')`, 'the comments');
  await follow(page);
  const concept = page.url().match(/konzepte\/(\d+)\/kommentare/)[1];
  const before = await waiting(concept);
  if (lang !== 'de') {
    await tabTo(page, `document.activeElement?.getAttribute('hreflang') === ${JSON.stringify(lang)}`, `the ${lang} switch`);
    await follow(page);
  }
  const html = await page.evaluate('[document.documentElement.lang, document.documentElement.dir]');
  if (html[0] !== lang) fail(`page language ${html[0]}, expected ${lang}`);
  if (lang === 'ar' && html[1] !== 'rtl') fail('Arabic page is not right-to-left');
  // The form of a measure.
  await tabTo(page, `(document.activeElement?.getAttribute('href') ?? '').includes('kommentare/neu?zu=measure')`, 'a measure\'s form');
  await follow(page);

  // Too short: the error summary, its link to the field, the text kept.
  await tabTo(page, `document.activeElement?.name === 'text'`, 'the text');
  await page.keyboard.type(lang === 'ar' ? 'قصير' : 'kurz');
  if (lang === 'de') {
    await tabTo(page, `document.activeElement?.name === 'email'`, 'the address');
    await page.keyboard.type(address);
  }
  await tabTo(page, `document.activeElement?.type === 'submit' && !!document.activeElement.closest('form.edit')`, 'the send button');
  await follow(page);
  const summary = await page.evaluate(`document.querySelector('.error-summary')?.innerText ?? ''`);
  if (!summary) fail(`${lang}: no error summary after a text too short`);
  await tabTo(page, `document.activeElement?.closest('.error-summary') && document.activeElement.getAttribute('href') === '#f-text'`, 'the error link');
  await page.keyboard.press('Enter');
  const focused = await page.evaluate('document.activeElement?.id');
  if (focused !== 'f-text') fail(`${lang}: the error link moved focus to ${focused}, not to the text`);
  await page.keyboard.press('End');
  await page.keyboard.type(lang === 'ar' ? ': نرجو دورات لغة في المساء للعاملين.' : ': bitte auch Termine am Abend für Berufstätige.');
  await tabTo(page, `document.activeElement?.type === 'submit' && !!document.activeElement.closest('form.edit')`, 'the send button');
  await follow(page);
  if (!page.url().includes('/kommentare/danke')) fail(`${lang}: expected the thank-you page, got ${page.url()}`);
  await audit(page, `thanks (${lang})`);
  const after = await waiting(concept);
  if (after !== before + 1) fail(`${lang}: waiting ${before} → ${after}, expected one more`);
  results.push({ lang, concept: Number(concept), before, after });
  await context.close();
}

// The German comment's confirmation mail: the link's page, its button by keyboard, then
// the unsubscribe link from the same mail; each page audited in three languages.
async function mailTo(to) {
  for (let i = 0; i < 300; i++) {
    const lines = fs.existsSync(received) ? fs.readFileSync(received, 'utf8').split('\n').filter(Boolean) : [];
    for (const line of lines) {
      const mail = JSON.parse(line);
      if ((mail.envelope_to ?? '').includes(to)) return mail;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  fail(`no mail to ${to} arrived in ${received}`);
}
const mail = await mailTo(address);
const confirm = (mail.text ?? '').match(/https?:\/\/\S+\/kommentare\/bestaetigen\/[A-Za-z0-9_-]+/)?.[0] ?? fail('no confirmation link');
const unsubscribe = (mail.text ?? '').match(/https?:\/\/\S+\/kommentare\/abmelden\/[A-Za-z0-9_-]+/)?.[0] ?? fail('no unsubscribe link');
const context = await browser.newContext();
const page = await context.newPage();
for (const lang of ['en', 'ar', 'de']) {
  await page.goto(`${confirm}?sprache=${lang}`);
  await audit(page, `confirmation (${lang})`);
}
await tabTo(page, `document.activeElement?.type === 'submit'`, 'the confirm button');
await follow(page);
const confirmed = await page.evaluate(`document.querySelector('[role=status]')?.textContent ?? ''`);
if (!confirmed.includes('bestätigt')) fail(`the address was not confirmed: ${confirmed}`);
for (const lang of ['de', 'en', 'ar']) {
  await page.goto(`${unsubscribe}?sprache=${lang}`);
  await audit(page, `unsubscribe (${lang})`);
}
await browser.close();
if (failures.length) fail(`axe found violations:\n${failures.join('\n')}`);
console.log(JSON.stringify(results));
console.log(`keyboard-only comment: ${results.length} of 2 languages sent; address confirmed and erased; axe: ${audited.length} pages, 0 violations`);
