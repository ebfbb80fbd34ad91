// A survey answered with the keyboard alone, in German and in Arabic, in headless Chromium.
//
//   node survey_keyboard.mjs http://127.0.0.1:18080     (a server running the demo)
//
// Only keys a keyboard user presses are sent: Tab, arrow keys, Space, Enter and typing.
// The script reads the page to know where the focus is and what it sees, nothing more.
// Per language: from the list of surveys to the open one, switch the language, answer,
// send with a required question left out, follow the error summary to it, answer it,
// send again, and see the thank-you page; the survey's answer count rises by one.
import { chromium, request } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:18080';
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

const fail = (message) => {
  throw new Error(message);
};

/** Presses Tab (at most `limit` times) until the focused element satisfies `test`. */
async function tabTo(page, test, what, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(test)) return;
  }
  fail(`Tab never reached ${what}`);
}

/** Tabs into the radio group `name` and moves with the arrow keys to `value`. */
async function chooseRadio(page, name, value) {
  await tabTo(page, `document.activeElement?.name === ${JSON.stringify(name)}`, `the radio group ${name}`);
  for (let i = 0; i < 12; i++) {
    const v = await page.evaluate('document.activeElement.value');
    if (v === value) {
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  fail(`${name} has no option ${value}`);
}

/** Tabs to the checkbox `name`=`value` and ticks it with Space. */
async function tick(page, name, value) {
  await tabTo(
    page,
    `document.activeElement?.name === ${JSON.stringify(name)} && document.activeElement.value === ${JSON.stringify(value)}`,
    `the checkbox ${name}=${value}`,
  );
  await page.keyboard.press('Space');
}

async function typeInto(page, name, text) {
  await tabTo(page, `document.activeElement?.name === ${JSON.stringify(name)}`, `the field ${name}`);
  await page.keyboard.type(text);
}

async function submit(page) {
  await tabTo(page, `document.activeElement?.type === 'submit' && !!document.activeElement.closest('form.survey')`, 'the send button');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
}

// The administration's overview needs a login: the demo's server administrator.
const admin = await request.newContext({ baseURL: base });
const login = await admin.post('/anmelden', {
  form: { login: process.env.LOGIN ?? 'admin', password: process.env.PASSWORD ?? 'demo-passwort-server' },
  maxRedirects: 0,
});
if (login.status() !== 303) fail(`login answered ${login.status()}`);

/** How many answers the survey has, as the administration's overview says. */
async function answerCount(page, id) {
  const r = await admin.get(`/admin/surveys/${id}`);
  const m = (await r.text()).match(/<p>(\d+) Antworten/);
  return m ? Number(m[1]) : fail('the overview shows no answer count');
}

const results = [];
for (const lang of ['de', 'ar']) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/14626/befragungen`);
  // To the open survey, by keyboard.
  await tabTo(page, `document.activeElement?.textContent?.startsWith('Befragung: Angebote')`, 'the open survey');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  const id = page.url().match(/befragungen\/(\d+)/)[1];
  const before = await answerCount(page, id);
  if (lang !== 'de') {
    await tabTo(page, `document.activeElement?.getAttribute('hreflang') === ${JSON.stringify(lang)}`, `the ${lang} switch`);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  }
  const html = await page.evaluate('[document.documentElement.lang, document.documentElement.dir]');
  if (html[0] !== lang) fail(`page language ${html[0]}, expected ${lang}`);
  if (lang === 'ar' && html[1] !== 'rtl') fail('Arabic page is not right-to-left');

  const names = await page.evaluate(`[...new Set([...document.querySelectorAll('form.survey [name^=q]')].map(e => e.name))]`);
  // Order of the demo questionnaire: seit, sprachkurs, kurs_zufrieden, unterstuetzung, alter, idee.
  const [seit, sprachkurs, zufrieden, hilfe, alter, idee] = names;

  // First attempt: the required language-course question left out.
  await chooseRadio(page, seit, 'mittel');
  await tick(page, hilfe, 'arbeit');
  await typeInto(page, alter, '31');
  await typeInto(page, idee, lang === 'ar' ? 'مزيد من دورات اللغة في المساء' : 'Mehr Sprachkurse am Abend');
  await submit(page);
  const summary = await page.evaluate(`document.querySelector('.error-summary')?.innerText ?? ''`);
  if (!summary) fail(`${lang}: no error summary after leaving out a required question`);
  const kept = await page.evaluate(`document.querySelector('[name=${alter}]').value`);
  if (kept !== '31') fail(`${lang}: the typed age was not kept (${kept})`);

  // Follow the summary's link to the question, answer it there, send again.
  await tabTo(page, `document.activeElement?.closest('.error-summary') && document.activeElement.getAttribute('href') === '#${sprachkurs}'`, 'the error link');
  await page.keyboard.press('Enter');
  const focused = await page.evaluate('document.activeElement?.id');
  if (focused !== sprachkurs) fail(`${lang}: the error link moved focus to ${focused}, not to the question`);
  await chooseRadio(page, sprachkurs, 'ja');
  await chooseRadio(page, zufrieden, '4');
  await submit(page);
  const title = await page.evaluate(`document.querySelector('h1')?.textContent`);
  const expected = lang === 'ar' ? 'شكرًا جزيلًا!' : 'Vielen Dank!';
  if (title !== expected) fail(`${lang}: expected the thank-you page, got "${title}" at ${page.url()}`);
  const after = await answerCount(page, id);
  if (after !== before + 1) fail(`${lang}: answers ${before} → ${after}, expected one more`);
  results.push({ lang, survey: Number(id), before, after, thanks: title });
  await context.close();
}
await browser.close();
console.log(JSON.stringify(results));
console.log(`keyboard-only survey: ${results.length} of 2 languages answered`);
