// The Share page against the real API: the survey's link as the server makes
// it (copied and announced), the QR code fetched with the session and shown
// as an image, the email snippet in the survey's languages — anonymous or
// personal — with a preview that runs and links nothing, personal links for
// editors with a CSV that neutralises formulas, a note when the survey is
// not active, and no personal-link form for a viewer.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../src/app';
import { previewNodes } from '../src/views/share/email-preview';
import { cellsOf, linksCsv, parseRecipients } from '../src/views/share/recipients';
import { type Harness, harness } from './harness';

let h: Harness;

afterEach(async () => {
  cleanup();
  await h?.cleanup();
});

/** A change with site A's write key, as an integration would. */
async function patchSurvey(body: unknown): Promise<void> {
  const response = await h.app.request(`/v1/surveys/${h.a.surveyId}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${h.a.writeKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(await response.text());
}

async function openShare() {
  history.replaceState(null, '', `/app/surveys/${h.a.surveyId}/share`);
  render(<App fetch={h.fetch} now={h.now} />);
  await screen.findByRole('heading', { name: 'Share “Checkout NPS”', level: 1 });
}

const card = (name: string) => screen.getByRole('region', { name });

describe('the Share page', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    localStorage.clear();
    h = await harness();
  });

  it('is reached from the overview and shows the link, copied with an announcement', async () => {
    await h.signInAs('viewer');
    history.replaceState(null, '', `/app/surveys/${h.a.surveyId}`);
    render(<App fetch={h.fetch} now={h.now} />);
    fireEvent.click(await screen.findByRole('link', { name: 'Share' }));
    await screen.findByRole('heading', { name: 'Share “Checkout NPS”', level: 1 });
    expect(location.pathname).toBe(`/app/surveys/${h.a.surveyId}/share`);

    const link = card('Survey link');
    const field = await within(link).findByRole('textbox', { name: 'Survey link' });
    expect(field).toHaveProperty('value', `http://localhost/s/${h.a.surveyId}`);
    const open = within(link).getByRole('link', { name: /^Open/ });
    expect(open.getAttribute('href')).toBe(`http://localhost/s/${h.a.surveyId}`);
    expect(open.getAttribute('target')).toBe('_blank');
    expect(open.getAttribute('rel')).toContain('noopener');
    expect(within(link).queryByTestId('not-active')).toBeNull();

    fireEvent.click(within(link).getByRole('button', { name: 'Copy the survey link' }));
    await waitFor(() => expect(within(link).getByRole('status').textContent).toBe('Copied'));
    expect(await navigator.clipboard.readText()).toBe(`http://localhost/s/${h.a.surveyId}`);

    // The hosted page the link names is there.
    const page = await h.app.request(`/s/${h.a.surveyId}`);
    expect(page.status).toBe(200);
    // A viewer makes no personal links.
    expect(screen.queryByRole('region', { name: 'Personal links' })).toBeNull();
  });

  it('shows the QR code of the link as an image fetched with the session', async () => {
    await h.signInAs('viewer');
    await openShare();
    const qr = card('QR code');
    const image = await within(qr).findByRole('img', { name: 'QR code of the survey link' });
    const src = image.getAttribute('src') ?? '';
    expect(src.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
    expect(svg).toContain('<svg');
    // The same picture the API gives the read key.
    const fromApi = await h.app.request(`/v1/surveys/${h.a.surveyId}/qr?format=svg`, {
      headers: { authorization: `Bearer ${h.a.readKey}` },
    });
    expect(svg).toBe(await fromApi.text());
    expect(within(qr).getByRole('button', { name: 'Download SVG' })).toBeTruthy();
    expect(within(qr).getByRole('button', { name: 'Download PNG' })).toBeTruthy();
  });

  it('gives the email snippet in the survey’s languages, anonymous or personal, with a preview', async () => {
    await patchSurvey({
      question: { en: 'How likely are you to recommend us?', ja: 'おすすめしますか？' },
    });
    await h.signInAs('viewer');
    await openShare();
    const email = card('Email snippet');
    const preview = await within(email).findByTestId('email-preview');
    await waitFor(() =>
      expect(preview.shadowRoot?.textContent).toContain('How likely are you to recommend us?'),
    );
    const html = within(email).getByRole('textbox', { name: 'HTML' }) as HTMLTextAreaElement;
    const text = within(email).getByRole('textbox', { name: 'Plain text' }) as HTMLTextAreaElement;
    expect(html.value).toContain('<table');
    expect(text.value).toContain(`http://localhost/s/${h.a.surveyId}?c=email&score=10`);
    // The preview shows the scale but links nowhere and runs nothing.
    const root = preview.shadowRoot as ShadowRoot;
    expect(root.querySelectorAll('a, script, [href]')).toHaveLength(0);
    expect(root.textContent).toContain('10');

    const select = within(email).getByRole('combobox', { name: 'Locale' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['en', 'ja']);
    fireEvent.change(select, { target: { value: 'ja' } });
    await waitFor(() => expect(html.value).toContain('おすすめしますか？'));

    // A personal snippet signs answers as its recipient: editors only, as personal links.
    expect(within(email).queryByLabelText('userId for a personal snippet (optional)')).toBeNull();

    cleanup();
    await h.signInAs('editor');
    await openShare();
    const editors = card('Email snippet');
    const editorsText = (await within(editors).findByRole('textbox', {
      name: 'Plain text',
    })) as HTMLTextAreaElement;
    fireEvent.input(within(editors).getByLabelText('userId for a personal snippet (optional)'), {
      target: { value: 'cus_42' },
    });
    fireEvent.click(within(editors).getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(editorsText.value).toMatch(/\?t=[^&\s]+&score=0/));

    fireEvent.click(within(editors).getByRole('button', { name: 'Copy plain text' }));
    await waitFor(async () => expect(await navigator.clipboard.readText()).toBe(editorsText.value));
    const editorsHtml = within(editors).getByRole('textbox', {
      name: 'HTML',
    }) as HTMLTextAreaElement;
    fireEvent.click(within(editors).getByRole('button', { name: 'Copy HTML' }));
    await waitFor(async () => expect(await navigator.clipboard.readText()).toBe(editorsHtml.value));
  });

  it('says when the survey is not active, its link answering not found', async () => {
    await patchSurvey({ status: 'paused' });
    await h.signInAs('editor');
    await openShare();
    const note = await within(card('Survey link')).findByTestId('not-active');
    expect(note.textContent).toContain('Status: Paused.');
    expect(within(note).getByRole('link', { name: 'Make it active in the editor' })).toBeTruthy();
    expect((await h.app.request(`/s/${h.a.surveyId}`)).status).toBe(404);
  });

  it('lets an editor make personal links for pasted recipients', async () => {
    await h.signInAs('editor');
    await openShare();
    const links = card('Personal links');
    const recipients = within(links).getByRole('textbox', { name: 'Recipients' });
    fireEvent.input(recipients, { target: { value: 'userId,email\ncus_1\nnot valid, nope' } });
    fireEvent.click(within(links).getByRole('button', { name: 'Make the links' }));
    expect((await within(links).findByRole('alert')).textContent).toContain('Lines 3 could');

    fireEvent.input(recipients, {
      target: { value: 'userId,email\ncus_1, ana@example.com\n"=cmd|x";\n' },
    });
    fireEvent.input(within(links).getByLabelText('Expires after (days)'), {
      target: { value: '7' },
    });
    fireEvent.change(within(links).getByLabelText('Channel'), { target: { value: 'link' } });
    fireEvent.click(within(links).getByRole('button', { name: 'Make the links' }));
    await within(links).findByText('2 links made.', { selector: 'p:not([role])' });
    const rows = within(links).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      'cus_1',
      '=cmd|x',
    ]);
    const url = within(rows[0] as HTMLElement).getByText(/\/s\/srv_a\?t=/).textContent ?? '';
    expect(url.startsWith(`http://localhost/s/${h.a.surveyId}?t=`)).toBe(true);
    expect(within(rows[0] as HTMLElement).getByText('ana@example.com')).toBeTruthy();
    // The link opens the survey as that person.
    const page = await h.app.request(new URL(url).pathname + new URL(url).search);
    expect(page.status).toBe(200);
    expect(within(links).getByRole('button', { name: 'Download CSV' })).toBeTruthy();
  });
});

describe('recipients and the links CSV', () => {
  it('reads lines, a header, quotes, semicolons and tabs', () => {
    expect(cellsOf('"a, b";"c ""d"""\te')).toEqual(['a, b', 'c "d"', 'e']);
    expect(parseRecipients('user_id\tEmail\r\nu1\tu1@x.example\n\nu2; \n')).toEqual({
      recipients: [{ userId: 'u1', email: 'u1@x.example' }, { userId: 'u2' }],
      badLines: [],
    });
    expect(parseRecipients('u1, not-an-email\n, a@b.example\nu3,a@b.example,extra')).toEqual({
      recipients: [],
      badLines: [1, 2, 3],
    });
  });

  it('writes a CSV whose cells run no formula', () => {
    const csv = linksCsv([
      {
        userId: '=HYPERLINK("x")',
        email: '@evil',
        url: 'https://k.example/s/srv_a?t=abc',
        responseId: 'r1',
        expiresAt: '2026-01-01T00:00:00.000Z',
      },
    ]);
    expect(csv).toBe(
      '\ufeffuserId,email,url,expiresAt\r\n' +
        `"'=HYPERLINK(""x"")",'@evil,https://k.example/s/srv_a?t=abc,2026-01-01T00:00:00.000Z\r\n`,
    );
  });
});

describe('the email preview', () => {
  it('keeps tables, text and safe styles, and drops scripts, handlers and URLs', () => {
    const fragment = previewNodes(
      '<table style="color:#123456"><tr><td onclick="alert(1)" style="padding:2px">' +
        '<a href="https://x.example/?score=1" style="color:red">1</a>' +
        '<img src="x" onerror="alert(2)"><script>alert(3)</script>' +
        '<span style="background:url(https://t.example/p.gif)">x</span></td></tr></table>',
    );
    const holder = document.createElement('div');
    holder.append(fragment);
    expect(holder.querySelectorAll('script, img, a, [href], [onclick], [onerror]')).toHaveLength(0);
    expect(holder.textContent).toBe('1x');
    expect((holder.querySelector('table') as HTMLElement).style.color).toBeTruthy();
    const spans = holder.querySelectorAll('span');
    expect((spans[0] as HTMLElement).style.color).toBe('red');
    expect((spans[1] as HTMLElement).getAttribute('style')).toBeNull();
  });
});
