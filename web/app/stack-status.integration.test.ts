import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../../test/support/browser.js';
import { freePort } from '../../test/support/free-port.js';
import { apiCall, demoPassword, startTestApi, webSessionCookie } from '../../test/support/start-services.js';
import { startTestWeb, type RunningWeb } from '../../test/support/start-web.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

const screenshots = path.resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

describe('the stack status page, against the real api and engine', () => {
  let api: RunningApi;
  let web: RunningWeb;
  let expected: { running: number; finished: number };
  let signedIn: string;

  beforeAll(async () => {
    api = await startTestApi();
    await apiCall(api, 'POST', '/deployments/bundled');
    // A lot with no measurement waits for QA: one running instance at least.
    const started = await apiCall(api, 'POST', '/process-instances', { processKey: 'incoming-inspection', businessKey: 'LOT-WEB-001', variables: {} });
    expect(started.status).toBe(201);
    const processes = await apiCall(api, 'GET', '/processes');
    expected = processes.body.items.find((item: { key: string }) => item.key === 'incoming-inspection').instances;
    web = await startTestWeb(api.url);
    signedIn = await webSessionCookie(api);
  });

  afterAll(async () => {
    await web?.close();
    await api?.close();
  });

  it('sends a visitor who has not signed in to the sign-in page, in their language', async () => {
    const response = await fetch(web.url, { redirect: 'manual', headers: { 'accept-language': 'zh-CN,zh;q=0.9' } });
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('/login?next=%2F');

    const html = await (await fetch(`${web.url}/login?next=%2F`, { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } })).text();
    expect(html).toContain('<html lang="zh-CN"');
    expect(html).toContain('data-testid="login-form"');
    expect(html).toContain('data-testid="login-username"');
    expect(html).not.toContain('data-testid="process-row"');
  });

  it('renders the health and the deployed process with its instance counts', async () => {
    const html = await (await fetch(web.url, { headers: { cookie: signedIn, 'accept-language': 'en-US,en;q=0.9' } })).text();
    expect(html).toContain('<html lang="en"');
    expect(html).toMatch(/data-testid="health-status" data-status="up"/);
    expect(html).toMatch(/data-testid="process-row" data-key="incoming-inspection"/);
    expect(html).toContain(`data-testid="running-count">${expected.running}<`);
    expect(html).toContain(`data-testid="finished-count">${expected.finished}<`);
    expect(expected.running).toBeGreaterThanOrEqual(1);
  });

  it('shows who is signed in, with their roles, and the way to sign out', async () => {
    const html = await (await fetch(web.url, { headers: { cookie: await webSessionCookie(api, 'analyst.chen'), 'accept-language': 'en-US' } })).text();
    expect(html).toMatch(/data-testid="current-user" data-username="analyst.chen"/);
    expect(html).toContain('Chen Jing / 陈静');
    expect(html).toContain('>Analyst<');
    expect(html).toContain('>Data steward<');
    expect(html).toContain('data-testid="sign-out"');
  });

  it('speaks Chinese to a browser that prefers it', async () => {
    const html = await (await fetch(web.url, { headers: { cookie: signedIn, 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' } })).text();
    expect(html).toContain('<html lang="zh-CN"');
    expect(html).toContain('系统状态');
    expect(html).toContain('退出登录');
  });

  it('sends a person whose session the api does not know (ended or expired) back to the sign-in page', async () => {
    const response = await fetch(web.url, { redirect: 'manual', headers: { cookie: 'lotflow_web_session=no-such-session' } });
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('/login?next=%2F');
  });

  it('says the engine is down instead of failing when the api cannot reach it', async () => {
    const cutOff = await startTestApi({ ENGINE_REST_URL: `http://127.0.0.1:${await freePort()}/engine-rest`, ENGINE_TIMEOUT_MS: '1000' });
    const cutOffWeb = await startTestWeb(cutOff.url);
    try {
      const response = await fetch(cutOffWeb.url, { headers: { cookie: await webSessionCookie(cutOff) } });
      const html = await response.text();
      expect(response.status).toBe(200);
      expect(html).toMatch(/data-testid="health-status" data-status="degraded"/);
      expect(html).toMatch(/data-testid="component-engine" data-status="down"/);
      expect(html).toContain('data-testid="processes-error"');
    } finally {
      await cutOffWeb.close();
      await cutOff.close();
    }
  });

  it.runIf(browserAvailable())('in a real browser, signs in, shows the counts, switches language and signs out', async () => {
    mkdirSync(screenshots, { recursive: true });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
      await page.goto(web.url);
      expect(new URL(page.url()).pathname).toBe('/login');
      await page.getByTestId('login-form').waitFor();
      await page.screenshot({ path: path.join(screenshots, 'login-en.png'), fullPage: true });

      await page.getByTestId('login-username').fill('admin');
      await page.getByTestId('login-password').fill('not-the-password');
      await page.getByTestId('login-submit').click();
      expect(await page.getByTestId('login-error').textContent()).toContain('The user name or the password is wrong');
      expect(await page.getByTestId('login-username').inputValue()).toBe('admin');

      await page.getByTestId('login-password').fill(demoPassword);
      await page.getByTestId('login-submit').click();
      await page.waitForURL(`${web.url}/`);
      await expect.poll(() => page.getByTestId('health-status').getAttribute('data-status')).toBe('up');
      expect(await page.getByTestId('current-user').textContent()).toContain('Administrator / 系统管理员');
      const row = page.locator('[data-testid="process-row"][data-key="incoming-inspection"]');
      expect(await row.getByTestId('running-count').textContent()).toBe(String(expected.running));
      await page.screenshot({ path: path.join(screenshots, 'stack-status-en.png'), fullPage: true });

      await page.getByTestId('language-option-zh-CN').click();
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
      expect(await page.locator('h1').textContent()).toBe('系统状态');
      await page.screenshot({ path: path.join(screenshots, 'stack-status-zh-CN.png'), fullPage: true });

      await page.getByTestId('sign-out').click();
      await page.getByTestId('login-form').waitFor();
      expect(new URL(page.url()).pathname).toBe('/login');
      expect(await page.locator('h1').textContent()).toBe('登录');
      await page.screenshot({ path: path.join(screenshots, 'login-zh-CN.png'), fullPage: true });

      await page.goto(web.url);
      expect(new URL(page.url()).pathname).toBe('/login');
    } finally {
      await browser.close();
    }
  });

  it.runIf(browserAvailable())('without JavaScript, signs in with the plain form and never leaves the site', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ locale: 'en-US', javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${web.url}/login?next=${encodeURIComponent('//evil.example/')}`);

      await page.getByTestId('login-username').fill('qa.li');
      await page.getByTestId('login-password').fill('not-the-password');
      await page.getByTestId('login-submit').click();
      expect(await page.getByTestId('login-error').textContent()).toContain('The user name or the password is wrong');
      expect(await page.getByTestId('login-username').inputValue()).toBe('qa.li');

      await page.getByTestId('login-password').fill(demoPassword);
      await page.getByTestId('login-submit').click();
      await page.waitForURL(`${web.url}/`);
      expect(await page.getByTestId('current-user').getAttribute('data-username')).toBe('qa.li');
      expect(await page.getByTestId('health-status').getAttribute('data-status')).toBe('up');
      const cookie = (await context.cookies()).find((candidate) => candidate.name === 'lotflow_web_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false });
    } finally {
      await browser.close();
    }
  });
});
