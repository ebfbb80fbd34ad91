// One visit with the keyboard alone, in headless Chromium: from Landkreis Peine's page Tab to
// the search field, type "Sprachkurs", send with Enter; on the results Tab to the first
// measure found and open it with Enter; switch the page to Arabic with the language switcher;
// go on in Arabic (the choice is remembered) from the start page to Landkreis Görlitz's open
// survey, send it with required questions left out, follow the error summary's links to each
// of them, answer, and send until the thank-you page comes.
// Checks that the results say how many were found, that the matching words are highlighted
// (<mark>), that the measure's page opens with the focus order intact (skip link first), and
// that after the switch every page is Arabic and right-to-left.
//
//   node search_keyboard.mjs http://127.0.0.1:18080     (a server running the demo)
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:18080';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const fail = (message) => {
  throw new Error(message);
};

async function tabTo(page, test, what, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(test)) return;
  }
  fail(`Tab never reached ${what}`);
}

const page = await browser.newPage();
await page.goto(`${base}/03157`);
await page.keyboard.press('Tab');
const first = await page.evaluate('document.activeElement?.className');
if (first !== 'skip-link') fail(`the first Tab stop is "${first}", not the skip link`);
await tabTo(page, `document.activeElement?.type === 'search'`, 'the search field');
await page.keyboard.type('Sprachkurs');
await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
if (!page.url().includes('/03157/suche?q=Sprachkurs')) fail(`Enter led to ${page.url()}`);
const heading = await page.evaluate(`document.querySelector('#treffer')?.textContent ?? ''`);
const found = Number((heading.match(/(\d+) Treffer/) ?? [])[1] ?? 0);
if (!found) fail(`no hits announced: "${heading}"`);
const marks = await page.evaluate(`[...document.querySelectorAll('.search-results mark')].map((m) => m.textContent)`);
if (!marks.some((m) => m.toLowerCase().startsWith('sprachkurs'))) fail(`no highlighted match: ${marks.slice(0, 5)}`);
await tabTo(page, `!!document.activeElement?.closest('.search-results') && /\\/massnahmen\\/\\d+$/.test(document.activeElement.getAttribute('href') ?? '')`, 'a measure among the hits');
const title = await page.evaluate('document.activeElement.textContent');
await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
const h1 = await page.evaluate(`document.querySelector('h1')?.textContent ?? ''`);
if (!/\/03157\/massnahmen\/\d+$/.test(page.url()) || !h1) fail(`the hit led to ${page.url()} ("${h1}")`);
if (!title.includes(h1.trim()) && !h1.includes(title.trim())) fail(`hit "${title}" opened "${h1}"`);
await page.keyboard.press('Tab');
if ((await page.evaluate('document.activeElement?.className')) !== 'skip-link') fail('the measure page does not start with the skip link');

// Switch language: the switcher's Arabic link, then the same measure in Arabic.
await tabTo(page, `document.activeElement?.closest('nav.languages') && document.activeElement.getAttribute('hreflang') === 'ar'`, 'the Arabic link of the language switcher');
await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
const arabic = async (what) => {
  const [lang, dir] = await page.evaluate('[document.documentElement.lang, document.documentElement.dir]');
  if (lang !== 'ar' || dir !== 'rtl') fail(`${what}: lang="${lang}" dir="${dir}", expected ar/rtl`);
};
await arabic('the measure after the switch');
// The same measure (its title in Arabic where the county translated it).
const measurePath = new URL(page.url()).pathname;
const h1Arabic = await page.evaluate(`document.querySelector('h1')?.textContent ?? ''`);
if (!/\/03157\/massnahmen\/\d+$/.test(measurePath) || !h1Arabic.trim()) fail(`after the switch: ${page.url()} ("${h1Arabic}")`);
const lead = await page.evaluate(`document.querySelector('dl.facts dt')?.textContent ?? ''`);
if (lead !== 'الجهة المسؤولة') fail(`the measure's labels are not Arabic: "${lead}"`);

// On in Arabic, by keyboard: start page → Landkreis Görlitz → its surveys → the open survey.
const follow = async (test, what) => {
  await tabTo(page, test, what, 200);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  await arabic(what);
};
await follow(`document.activeElement?.classList.contains('brand')`, 'the start page');
await follow(`document.activeElement?.getAttribute('href') === '/14626'`, 'Landkreis Görlitz');
await follow(`document.activeElement?.getAttribute('href') === '/14626/befragungen'`, 'the surveys');
await follow(`document.activeElement?.textContent?.startsWith('Befragung: Angebote')`, 'the open survey');

// Send with nothing answered; follow each error link to its question, answer, send again.
let errors = 0;
for (let round = 0; round < 8; round++) {
  await tabTo(page, `document.activeElement?.type === 'submit' && !!document.activeElement.closest('form.survey')`, 'the send button');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  await arabic('the survey after sending');
  const link = await page.evaluate(`document.querySelector('.error-summary a')?.getAttribute('href') ?? ''`);
  if (!link) break;
  errors += 1;
  await tabTo(page, `document.activeElement?.closest('.error-summary') && document.activeElement.getAttribute('href') === ${JSON.stringify(link)}`, 'the first error link');
  await page.keyboard.press('Enter');
  const focused = await page.evaluate('[document.activeElement?.id, document.activeElement?.tagName]');
  if ('#' + focused[0] !== link) fail(`the error link ${link} moved the focus to #${focused[0]}`);
  if (focused[1] === 'FIELDSET') {
    // A group of choices: Tab into it, choose the first with Space.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
  } else {
    await page.keyboard.type('3');
  }
}
const thanks = await page.evaluate(`document.querySelector('h1')?.textContent`);
if (!errors) fail('sending the empty survey showed no error');
if (thanks !== 'شكرًا جزيلًا!') fail(`expected the thank-you page, got "${thanks}" at ${page.url()}`);
await browser.close();
console.log(JSON.stringify({ found, highlighted: marks.length, opened: h1, switched: 'ar', arabicTitle: h1Arabic, corrected: errors, thanks }));
console.log('keyboard-only: searched, opened the measure, switched to Arabic, corrected and sent a form');
