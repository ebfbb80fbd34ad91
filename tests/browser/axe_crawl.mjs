// Accessibility audit: axe-core (WCAG 2.0/2.1 A and AA rules) in headless Chromium over the
// pages of a running demo, found by following its links from the start page and the
// administration. The login page is audited first; then the crawl logs in as the demo's
// server administrator (LOGIN, PASSWORD) and sees everything, non-public records included. Pages of the same shape (the same path with other numbers) are audited up
// to PER_SHAPE times, so every kind of page is seen without auditing 300 measures.
//
// The crawl runs in one language (LANGUAGE, default de): it chooses it by URL once, and the
// cookie keeps it; every page must then say so in <html lang>. The language switcher's links
// are not followed, so the crawl stays in its language.
//
//   node axe_crawl.mjs http://127.0.0.1:18080      (exit 1 on any violation)
//   LANGUAGE=ar node axe_crawl.mjs http://127.0.0.1:18080
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const base = process.argv[2] ?? 'http://127.0.0.1:18080';
const LANGUAGE = process.env.LANGUAGE ?? 'de';
const PER_SHAPE = Number(process.env.PER_SHAPE ?? 2);
const LIMIT = Number(process.env.LIMIT ?? 400);
const here = path.dirname(fileURLToPath(import.meta.url));
const axeSource = fs.readFileSync(path.join(here, 'node_modules/axe-core/axe.min.js'), 'utf8');

// Not pages: downloads, machine interfaces, files.
const skip = (p) =>
  /^\/(api|oparl|static|healthz)\b/.test(p) ||
  /\/dateien\//.test(p) ||
  /\.(csv|xlsx|ics|json|jsonld|ttl|pdf|txt)(\?|$)/.test(p) ||
  /\/opendata\//.test(p) ||
  /[?&]sprache=/.test(p) ||
  /\/privacy-export$/.test(p);
const shape = (p) => p.replace(/\d+/g, 'N');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const page = await browser.newPage();
// The pages run under a strict Content-Security-Policy; anything it refuses is a failure.
const refused = [];
page.on('console', (m) => {
  if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
});
// The search is a form, not a link: its pages (hits, highlighted words, filters, paging, none
// found) are seeded.
const queue = ['/', '/admin/', '/konto', '/03157/suche?q=Sprachkurs', '/03157/suche?q=Kurs&art=massnahme',
  '/03157/suche?q=Integration&seite=2', '/03157/suche?q=Quantenphysik', '/03157/suche'];
const seen = new Set([...queue, '/anmelden']);
const shapes = new Map();
const failures = [];
let audited = 0;

// Loads a page and audits it; false when it did not answer 200.
async function audit(p) {
  const response = await page.goto(base + p);
  if (!response || response.status() !== 200) {
    failures.push(`${p}: HTTP ${response?.status()}`);
    return false;
  }
  for (const r of refused.splice(0)) failures.push(`${p}: ${r}`);
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== LANGUAGE) failures.push(`${p}: <html lang="${lang}">, expected ${LANGUAGE}`);
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  audited += 1;
  for (const v of result.violations) {
    failures.push(`${p}: ${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }
  return true;
}

await page.goto(`${base}/?sprache=${LANGUAGE}`);
shapes.set('/anmelden', 1);
if (await audit('/anmelden')) {
  await page.fill('#login', process.env.LOGIN ?? 'admin');
  await page.fill('#password', process.env.PASSWORD ?? 'demo-passwort-server');
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  if (!page.url().endsWith('/admin/')) failures.push(`login failed: ended at ${page.url()}`);
}

while (queue.length && audited < LIMIT) {
  const p = queue.shift();
  const s = shape(p);
  if ((shapes.get(s) ?? 0) >= PER_SHAPE) continue;
  shapes.set(s, (shapes.get(s) ?? 0) + 1);
  if (!(await audit(p))) continue;
  const links = await page.evaluate(() => [...document.querySelectorAll('a[href]:not([download])')].map((a) => a.getAttribute('href')));
  for (const href of links) {
    if (!href || !href.startsWith('/') || href.startsWith('//')) continue;
    const clean = href.split('#')[0];
    if (!clean || seen.has(clean) || skip(clean)) continue;
    seen.add(clean);
    queue.push(clean);
  }
}
await browser.close();
console.log(`axe (${LANGUAGE}): ${audited} pages of ${shapes.size} kinds audited, ${failures.length} violations`);
for (const f of failures) console.log(`  ${f}`);
process.exit(failures.length ? 1 : 0);
