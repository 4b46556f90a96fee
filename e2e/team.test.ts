// A team in Chromium against a real server process on an empty database:
// the owner opens the setup link koe serve printed, creates the account and
// the first site, invites a viewer by link; the viewer joins from the link,
// sees the overview but no edit controls, and the API refuses the viewer's
// edit (403). A page on another origin posting a form at koe with the
// owner's cookie is refused and changes nothing; the audit log shows who did
// what. An owner connects single sign-on to a real OpenID Connect provider
// started by the test; a colleague signs in through it, a stranger is
// turned back.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdp } from '../apps/server/test/oidc-idp';
import { type ServerProcess, startServerProcess } from '../apps/server/test/server-process';
import { axeViolations } from './axe';
import { browserAvailable, launchChromium } from './browser';

const enabled = browserAvailable();
const dir = mkdtempSync(join(tmpdir(), 'koe-team-'));
let server: ServerProcess;
let base: string;
let browser: Browser;
/** Another origin on the same host: same-site for cookies, so only koe's own checks stop it. */
const attacker = createServer((req, res) => {
  const target = new URL(req.url ?? '/', 'http://x').searchParams.get('target') ?? '';
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><title>Win a prize</title>
<form id="f" method="post" enctype="text/plain" action="${target}">
<input name='{"role":"owner","x":"' value='"}'></form>
<script>document.getElementById('f').submit()</script>`);
});
let attackerUrl: string;

beforeAll(async () => {
  if (!enabled) return;
  server = await startServerProcess(['--db', join(dir, 'koe.db')]);
  base = server.baseUrl.replace('localhost', '127.0.0.1');
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
  attacker.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A fetch from the page as the dashboard makes it: the cookie, Koe-Site and the CSRF token. */
function apiFromPage(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/v1/me')).json()) as {
        csrfToken: string;
        organizations: Array<{ id: string; sites: Array<{ id: string }> }>;
      };
      const response = await fetch(path.replace('{org}', me.organizations[0]?.id ?? ''), {
        method,
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': me.csrfToken,
          'koe-site': me.organizations[0]?.sites[0]?.id ?? '',
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: await response.text() };
    },
    { method, path, body },
  );
}

describe.skipIf(!enabled)('a team in one organization', () => {
  it('setup link → owner and site → invite a viewer → the viewer reads but cannot edit', async () => {
    await expect.poll(() => server.output(), { timeout: 10_000 }).toContain('/app/setup?token=');
    const link = (
      server.output().match(/(http:\/\/\S+\/app\/setup\?token=\S+)/)?.[1] ?? ''
    ).replace('localhost', '127.0.0.1');
    const owner = await (await browser.newContext({ locale: 'en-US' })).newPage();
    const errors: string[] = [];
    owner.on('pageerror', (error) => errors.push(error.message));

    // A stranger without the link's token claims nothing.
    await owner.goto(`${base}/app/setup?token=guessed`);
    await owner.getByLabel('Organization name').fill('Tea company');
    await owner.getByLabel('Your name').fill('Stranger');
    await owner.getByLabel('Email').fill('stranger@example.com');
    await owner.getByLabel('New password').fill('stranger passphrase');
    await owner.getByRole('button', { name: 'Create the owner account' }).click();
    await owner
      .getByRole('alert')
      .getByText(/setup link does not work/)
      .waitFor();

    await owner.goto(link);
    expect(await axeViolations(owner)).toEqual([]);
    await owner.getByLabel('Organization name').fill('Tea company');
    await owner.getByLabel('Your name').fill('Olivia Owner');
    await owner.getByLabel('Email').fill('olivia@tea.example');
    await owner.getByLabel('New password').fill('olivia passphrase');
    await owner.getByRole('button', { name: 'Create the owner account' }).click();
    await owner.getByLabel('Site name').fill('Tea shop');
    await owner.getByLabel('Page address (origin)').fill('https://tea.example');
    await owner.getByRole('button', { name: 'Create the site' }).click();
    await owner.getByRole('region', { name: 'No surveys yet — create one' }).waitFor();
    const survey = await apiFromPage(owner, 'POST', '/v1/surveys', {
      name: 'Checkout NPS',
      type: 'nps',
      status: 'active',
      question: { en: 'How likely are you to recommend us?' },
    });
    expect(survey.status).toBe(201);
    const surveyId = (JSON.parse(survey.body) as { id: string }).id;

    // Invite a viewer from Settings; the link is shown once.
    await owner
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name: 'Settings' })
      .click();
    const members = owner.getByRole('region', { name: 'Members · Tea company' });
    await members.getByLabel('Invite as').selectOption('viewer');
    await members.getByRole('button', { name: 'Make an invitation link' }).click();
    const invitation = (await members.locator('code.secret').textContent()) ?? '';
    expect(invitation).toContain('/app/invite?token=');

    const viewer = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await viewer.goto(invitation.replace('localhost', '127.0.0.1'));
    await viewer.getByRole('heading', { name: 'Join Tea company as Viewer' }).waitFor();
    await viewer.getByLabel('Your name').fill('Victor Viewer');
    await viewer.getByLabel('Email').fill('victor@tea.example');
    await viewer.getByLabel('New password').fill('victor passphrase');
    await viewer.getByRole('button', { name: 'Create the account and join' }).click();
    await viewer.getByRole('link', { name: 'Checkout NPS', exact: true }).click();
    await viewer.getByRole('heading', { name: 'Checkout NPS' }).waitFor();
    expect(await viewer.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    expect(await viewer.getByRole('link', { name: 'New survey' }).count()).toBe(0);
    const edit = await apiFromPage(viewer, 'PATCH', `/v1/surveys/${surveyId}`, {
      status: 'paused',
    });
    expect(edit.status).toBe(403);
    expect(JSON.parse(edit.body)).toMatchObject({ code: 'forbidden' });

    // The owner's audit log names who did what.
    await owner.reload();
    const audit = owner.getByRole('region', { name: 'Audit log' });
    await audit.getByText('invitation.accepted').waitFor();
    for (const action of [
      'organization.created',
      'site.created',
      'survey.created',
      'invitation.created',
    ])
      expect(await audit.getByText(action, { exact: true }).count()).toBeGreaterThan(0);
    await audit.getByText('victor@tea.example').first().waitFor();
    expect(errors).toEqual([]);
  });

  it('refuses a form posted from another origin with the owner’s cookie, and changes nothing', async () => {
    const owner = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await owner.goto(`${base}/app`);
    await owner.getByLabel('Email').fill('olivia@tea.example');
    await owner.getByLabel('Password').fill('olivia passphrase');
    await owner.getByRole('button', { name: 'Sign in' }).click();
    await owner.getByRole('link', { name: 'Checkout NPS', exact: true }).waitFor();
    const before = await apiFromPage(owner, 'GET', '/v1/organizations/{org}/invitations');
    const organization =
      (
        (await await owner.evaluate(() => fetch('/v1/me').then((r) => r.json()))) as {
          organizations: Array<{ id: string }>;
        }
      ).organizations[0]?.id ?? '';

    const target = `${base}/v1/organizations/${organization}/invitations`;
    const refused = owner.waitForResponse((response) => response.url() === target);
    await owner.goto(`${attackerUrl}/?target=${encodeURIComponent(target)}`);
    const answer = await refused;
    // Same site (127.0.0.1), so SameSite=Lax sent the cookie: koe's Origin check refused it.
    expect(answer.status()).toBe(403);
    expect(await answer.json()).toMatchObject({ code: 'csrf-refused' });
    await owner.goto(`${base}/app`);
    await owner.getByRole('link', { name: 'Checkout NPS', exact: true }).waitFor();
    expect(await apiFromPage(owner, 'GET', '/v1/organizations/{org}/invitations')).toEqual(before);
  });

  it('an owner connects single sign-on; a colleague signs in through the provider', async () => {
    const owner = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await owner.goto(`${base}/app`);
    await owner.getByLabel('Email').fill('olivia@tea.example');
    await owner.getByLabel('Password').fill('olivia passphrase');
    await owner.getByRole('button', { name: 'Sign in' }).click();
    await owner.getByRole('link', { name: 'Checkout NPS', exact: true }).waitFor();
    const me = (await owner.evaluate(() => fetch('/v1/me').then((r) => r.json()))) as {
      organizations: Array<{ id: string }>;
    };
    const organization = me.organizations[0]?.id ?? '';
    const idp = await startIdp([
      {
        clientId: 'koe',
        clientSecret: 'a secret for koe',
        redirectUri: `${base}/v1/sso/${organization}/callback`,
      },
    ]);
    try {
      await owner.goto(`${base}/app/settings`);
      const sso = owner.getByRole('region', { name: 'Single sign-on' });
      await sso.getByLabel('Issuer URL').fill(idp.issuer);
      await sso.getByLabel('Client id').fill('koe');
      await sso.getByLabel('Client secret').fill('a secret for koe');
      await sso.getByLabel('Auto-join email domain (optional)').fill('acme.example');
      await sso.getByRole('button', { name: 'Connect' }).click();
      const link = (await sso.locator('dd code').nth(1).textContent()) ?? '';
      expect(link).toBe(`${base}/v1/sso/${organization}/start`);

      // A colleague at the auto-join domain, on the provider's own sign-in pages.
      const colleague = await (await browser.newContext({ locale: 'en-US' })).newPage();
      await colleague.goto(link);
      await colleague.locator('input[name=login]').fill('ana');
      await colleague.locator('input[name=password]').fill('anything');
      await colleague.locator('button[type=submit]').click();
      await colleague.locator('button[type=submit]').click(); // consent: Continue
      await colleague.getByRole('link', { name: 'Checkout NPS', exact: true }).waitFor();
      expect(await colleague.getByText('ana@acme.example').count()).toBe(1);
      // Cookies are per host, not port: the provider's own cookies sit beside koe's.
      const cookie = (await colleague.context().cookies(base)).find(
        (c) => c.name === 'koe_session',
      );
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

      // Someone from another domain is turned back with the reason in words.
      const stranger = await (await browser.newContext({ locale: 'en-US' })).newPage();
      await stranger.goto(link);
      await stranger.locator('input[name=login]').fill('ben');
      await stranger.locator('input[name=password]').fill('anything');
      await stranger.locator('button[type=submit]').click();
      await stranger.locator('button[type=submit]').click();
      await stranger
        .getByRole('alert')
        .getByText('You are not a member of this organization. Ask an owner for an invitation.')
        .waitFor();
      const names = (await stranger.context().cookies(base)).map((c) => c.name);
      expect(names).not.toContain('koe_session');
    } finally {
      await idp.close();
    }
  });
});
