// An actor files a progress report from the link in a mail, with the keyboard alone, in
// headless Chromium. The demo server sends through a real SMTP server (aiosmtpd, started
// by .ci/run) whose received mails are read from RECEIVED (received.jsonl): the reminder of
// Landkreis Peine's autumn reporting round, which the server's scheduler composed at start.
// From the link: Tab to the first measure still open, Enter; on the form Tab to the
// description, type it, Tab to the submit button, Enter; the overview then thanks and shows
// the measure as reported. The link's pages (overview, form, the form with errors) are
// audited with axe-core (WCAG 2.1 A/AA) in German, English and Arabic.
//
//   RECEIVED=…/received.jsonl node report_link_keyboard.mjs http://127.0.0.1:18080
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const base = process.argv[2] ?? 'http://127.0.0.1:18080';
const received = process.env.RECEIVED ?? fail('RECEIVED (the SMTP server\'s received.jsonl) is not set');
const here = path.dirname(fileURLToPath(import.meta.url));
const axeSource = fs.readFileSync(path.join(here, 'node_modules/axe-core/axe.min.js'), 'utf8');
function fail(message) {
  throw new Error(message);
}

// The reminder with a link, as the SMTP server decoded it (the worker sends within seconds).
async function mailedLink() {
  for (let i = 0; i < 300; i++) {
    const lines = fs.existsSync(received) ? fs.readFileSync(received, 'utf8').split('\n').filter(Boolean) : [];
    for (const line of lines) {
      const mail = JSON.parse(line);
      const link = (mail.text ?? '').match(/https?:\/\/\S+\/bericht\/[A-Za-z0-9_-]+/);
      if (link) return { link: link[0], to: mail.envelope_to, subject: mail.headers?.Subject ?? '' };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  fail(`no mail with a report link arrived in ${received}`);
}

async function tabTo(page, test, what, limit = 150) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(test)) return;
  }
  fail(`Tab never reached ${what}`);
}

const failures = [];
async function audit(page, what) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  for (const v of result.violations) {
    failures.push(`${what}: ${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }
}

const { link, to, subject } = await mailedLink();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const page = await browser.newPage();
const response = await page.goto(link);
if (response?.status() !== 200) fail(`the mailed link answered ${response?.status()}`);
if (response.headers()['cache-control'] !== 'private, no-store') fail('the link page may be cached');
if (response.headers()['referrer-policy'] !== 'no-referrer') fail('the link page sends a referrer');
await page.keyboard.press('Tab');
if ((await page.evaluate('document.activeElement?.className')) !== 'skip-link') fail('the first Tab stop is not the skip link');
const open = `(() => { const a = document.activeElement; return !!a && a.tagName === 'A' && /\\/bericht\\/[^/]+\\/\\d+$/.test(a.getAttribute('href') ?? '') && a.closest('tr')?.textContent.includes('verspätet'); })()`;
await tabTo(page, open, 'a measure still open');
const measure = await page.evaluate(`document.activeElement.closest('tr').querySelector('th').textContent.trim()`);
await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
const formUrl = page.url();
// Send once without the description: the error summary names it.
await tabTo(page, `document.activeElement?.type === 'submit'`, 'the submit button');
await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
const summary = await page.evaluate(`document.querySelector('.error-summary')?.innerText ?? ''`);
if (!summary) fail('no error summary after sending without a description');
await audit(page, 'the form with errors (de)');
await tabTo(page, `document.activeElement?.name === 'narrative'`, 'the description');
await page.keyboard.type('Die Kurse laufen; im Frühjahr kommen zwei Abendkurse dazu.');
await tabTo(page, `document.activeElement?.type === 'submit'`, 'the submit button');
await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
const thanks = await page.evaluate(`document.querySelector('[role=status]')?.textContent ?? ''`);
if (!thanks.includes('Danke')) fail(`no thanks after filing: "${thanks}" at ${page.url()}`);
const row = await page.evaluate(`[...document.querySelectorAll('tbody tr')].find((r) => r.querySelector('th').textContent.trim() === ${JSON.stringify(measure)})?.textContent ?? ''`);
if (!row.includes('berichtet am')) fail(`the measure does not show as reported: "${row}"`);

// The link's pages in three languages, audited.
const audited = [];
for (const lang of ['de', 'en', 'ar']) {
  for (const [what, url] of [['overview', link], ['form', formUrl]]) {
    await page.goto(`${url}?sprache=${lang}`);
    const html = await page.evaluate('document.documentElement.lang');
    if (html !== lang) failures.push(`${what} (${lang}): <html lang="${html}">`);
    await audit(page, `${what} (${lang})`);
    audited.push(`${what}/${lang}`);
  }
}
await browser.close();
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log(JSON.stringify({ to, subject, measure, audited }));
console.log(`keyboard-only report from a mailed link: filed; axe: ${audited.length} pages, 0 violations`);
