// Drives the catalogue website (issue 25) in Debian's Chromium through playwright-core, and prints what it saw as
// one JSON object on stdout; CatalogueSiteBrowserTest asserts on it. Never downloads a browser.
// Usage: node catalogue-site.mjs SITE_FOLDER SCREENSHOT_DIR [CHROMIUM]
import { chromium } from 'playwright-core';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [site, shots, executable = '/usr/bin/chromium'] = process.argv.slice(2);
const index = pathToFileURL(join(resolve(site), 'index.html')).href;
// The flags the machine needs: no sandbox as root, and no calls home on a closed network. Playwright starts the
// browser on a new empty profile of its own (a fresh user-data dir) and removes it on close.
const browser = await chromium.launch({
  executablePath: executable,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const seen = { errors: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('dialog', async (d) => { seen.errors.push(`dialog: ${d.message()}`); await d.dismiss(); });
  const visible = () => page.$$eval('#results > li.card:not([hidden])', (cards) => cards.map((c) => c.dataset.page));
  const count = () => page.textContent('#count');

  await page.goto(index);
  seen.initial = await visible();
  seen.initialCount = await count();
  await page.screenshot({ path: join(shots, 'catalogue-site.png'), fullPage: false });

  await page.fill('#q', '锂电池');
  seen.search = await visible();
  seen.searchCount = await count();

  await page.selectOption('#f-stage', 'PILOT');
  seen.filtered = await visible();
  await page.fill('#q', '');
  seen.filterOnly = await visible();
  await page.selectOption('#f-stage', '');
  await page.fill('#q', '没有这个词');
  seen.nothing = await visible();
  seen.nothingShown = await page.isVisible('#none');
  await page.fill('#q', '锂电池');

  await page.click('#results > li.card:not([hidden]) h2 a >> nth=0');
  await page.waitForLoadState('load');
  seen.resultUrl = page.url();
  seen.resultHeading = (await page.innerText('h1')).trim();
  seen.resultTitle = await page.title();

  await page.click('#lang-switch');
  seen.englishHeading = (await page.innerText('h1')).trim();
  seen.englishTitle = await page.title();
  seen.englishLang = await page.getAttribute('html', 'lang');
  await page.click('a.back');
  await page.waitForLoadState('load');
  seen.englishIndexCount = await count();
  seen.englishPlaceholder = await page.getAttribute('#q', 'placeholder');
  await page.fill('#q', 'sensor');
  seen.englishSearch = await visible();
  await page.screenshot({ path: join(shots, 'catalogue-site-en.png') });

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  await phone.goto(index);
  seen.mobileScrollWidth = await phone.evaluate(() => document.documentElement.scrollWidth);
  await phone.screenshot({ path: join(shots, 'catalogue-site-mobile.png') });

  const markup = await browser.newPage();
  markup.on('dialog', async (d) => { seen.errors.push(`dialog: ${d.message()}`); await d.dismiss(); });
  await markup.goto(index);
  await markup.fill('#q', 'script');
  seen.scriptTitle = (await markup.innerText('#results > li.card:not([hidden]) h2')).trim();
} finally {
  await browser.close();
}
process.stdout.write(`${JSON.stringify(seen)}\n`);
