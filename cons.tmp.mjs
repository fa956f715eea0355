import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 200)));
page.on('pageerror', (e) => console.log('pageerror', page.url(), e.message.slice(0, 100)));
const base = process.env.BASE ?? 'http://127.0.0.1:4391';
for (const p of process.argv.slice(2)) {
  await page.goto(`${base}${p}`);
  await page.waitForTimeout(800);
  const radio = page.getByRole('radio').first();
  if (await radio.isVisible()) { await radio.check(); await page.getByRole('button', { name: 'Continue' }).click(); }
  else { const l = page.getByRole('link', { name: /^(Next step|I’ve done this step|Continue)$/ }); if (await l.count()) await l.first().click(); }
  await page.waitForTimeout(800);
  console.log('--', p, '->', page.url());
}
await browser.close();
