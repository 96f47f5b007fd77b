import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
const base = 'http://127.0.0.1:3991';
async function cookiesFor(email: string) {
  const r = await fetch(`${base}/api/auth/sign-in/email`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ email, password: 'sidestream-demo-2026' }) });
  return r.headers.getSetCookie().map((h) => { const [pair] = h.split(';'); const [name, ...v] = (pair as string).split('='); return { name: name as string, value: v.join('='), url: base }; });
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const broker = await cookiesFor('broker@sidestream.demo');
const owner = await cookiesFor('anna.lindqvist@sodertalje-precisionsmekanik.example.se');
const me = await (await fetch(`${base}/trpc/accounts.me`, { headers: { cookie: owner.map((c) => `${c.name}=${c.value}`).join('; ') } })).json();
const companyId = me.result.data.memberships[0].companyId;
for (const [w, h] of [[390, 844], [1366, 900]]) {
  for (const [name, cookies, url, wait] of [
    ['dashboard', broker, '/broker/impact', 'canvas'],
    ['report', broker, '/reports/impact', 'h2#report-method'],
    ['company', owner, `/companies/${companyId}/impact`, 'table.data-table'],
  ] as const) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h } });
    await ctx.addCookies(cookies as never);
    const page = await ctx.newPage();
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(name, w, m.type(), m.text().slice(0, 200)); });
    await page.goto(base + url);
    await page.locator(wait).first().waitFor({ timeout: 60000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `test-results/impact-${name}-${w}.png`, fullPage: true });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const overflow = await page.evaluate(() => { const m = document.querySelector("main") as HTMLElement; const wide = [...m.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest(".table-scroll")).slice(0, 4).map((e) => e.tagName + "." + e.className + ":" + Math.round(e.getBoundingClientRect().right)); return Math.max(m.scrollWidth, m.getBoundingClientRect().right) - window.innerWidth + " " + wide.join(" | "); });
    console.log(name, w, 'axe', axe.violations.map((v) => `${v.id}(${v.impact}):${v.nodes.length}`).join(' ') || 'none', 'overflow', overflow);
    await ctx.close();
  }
}
await browser.close();
