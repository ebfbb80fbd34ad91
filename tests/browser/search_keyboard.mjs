// The portal's search with the keyboard alone, in headless Chromium: from Landkreis Peine's
// page Tab to the search field, type "Sprachkurs", send with Enter; on the results Tab to
// the first measure found and open it with Enter. Checks that the results say how many were
// found, that the matching words are highlighted (<mark>), and that the measure's page opens
// with the focus order intact (skip link first).
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
await browser.close();
console.log(JSON.stringify({ found, highlighted: marks.length, opened: h1 }));
console.log('keyboard-only search: found, opened the measure');
