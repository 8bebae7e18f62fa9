import puppeteer from 'puppeteer-core';
const [,, w, forced, ...clips] = process.argv;
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--allow-file-access-from-files'] });
const page = await browser.newPage();
await page.setViewport({ width: Number(w), height: 800, deviceScaleFactor: 1 });
await page.emulateMediaFeatures([{ name: 'forced-colors', value: forced === '1' ? 'active' : 'none' }]);
await page.goto('file:///tmp/ps/page.html');
await page.waitForSelector('body[data-ready]');
for (const [i, c] of clips.entries()) {
  const [y, h] = c.split(':').map(Number);
  await page.screenshot({ path: `/tmp/ps/clip${i}.png`, clip: { x: 0, y, width: Number(w), height: h }, captureBeyondViewport: true });
}
await browser.close();
