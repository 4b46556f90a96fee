// The survey UI in a shadow root: each question type, keyboard use, bucket
// follow-ups, thanks, closing, and text always rendered as text.
import { fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountSurvey } from '../src/mount';
import type { WidgetSurvey } from '../src/types';
import { npsSurvey, widgetSurvey } from './surveys';

function mount(survey: WidgetSurvey, locale = 'en') {
  const calls = { onScore: vi.fn(), onFinish: vi.fn(), onClose: vi.fn() };
  const mounted = mountSurvey({ survey, locale, ...calls }, {});
  const host = document.querySelector('koe-survey') as HTMLElement;
  const shadow = host.shadowRoot as ShadowRoot;
  return { ...calls, mounted, host, shadow, ui: within(shadow as unknown as HTMLElement) };
}

afterEach(() => {
  document.body.innerHTML = '';
  // The host element goes after <body> (mount.ts).
  for (const element of document.querySelectorAll('koe-survey')) element.remove();
});

describe('score question', () => {
  it('NPS: an 11-point radio group labelled by the question, with end labels', () => {
    const { ui } = mount(npsSurvey);
    const group = ui.getByRole('radiogroup', { name: 'Question of srv_nps?' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.textContent)).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    expect(radios[0]?.getAttribute('aria-label')).toBe('0 Not at all likely');
    expect(radios[10]?.getAttribute('aria-label')).toBe('10 Extremely likely');
    expect(radios.filter((r) => r.tabIndex === 0)).toHaveLength(1);
  });

  it.each([
    ['number', ['1', '2', '3', '4', '5'], 0],
    ['smiley', ['', '', '', '', ''], 5],
    ['star', ['', '', '', '', ''], 5],
  ] as const)('CSAT shown as %s (faces and stars are inline SVG, not emoji)', (csatDisplay, texts, svgs) => {
    const { ui, shadow } = mount(widgetSurvey('srv_csat', { type: 'csat', csatDisplay }));
    const radios = ui.getAllByRole('radio');
    expect(radios.map((r) => r.textContent)).toEqual(texts);
    expect(radios[0]?.getAttribute('aria-label')).toBe('1 Very dissatisfied');
    expect(shadow.querySelectorAll('button[role=radio] > svg[aria-hidden=true]')).toHaveLength(
      svgs,
    );
  });

  it('smiley faces go from a frown to a smile', () => {
    const { shadow } = mount(widgetSurvey('srv_f', { type: 'csat', csatDisplay: 'smiley' }));
    const mouths = [...shadow.querySelectorAll('svg path')].map((p) => p.getAttribute('d'));
    expect(new Set(mouths).size).toBe(5);
    expect(mouths[0]).toContain('M7.5 18Q12 12 16.5 18');
    expect(mouths[4]).toContain('M7.5 14Q12 20 16.5 14');
  });

  it('CES: a 7-point agreement scale', () => {
    const { ui } = mount(widgetSurvey('srv_ces', { type: 'ces' }));
    const radios = ui.getAllByRole('radio');
    expect(radios).toHaveLength(7);
    expect(radios[6]?.getAttribute('aria-label')).toBe('7 Strongly agree');
  });

  it('keyboard: arrows move the choice (wrapping), Home/End jump, Enter confirms', () => {
    const { ui, onScore } = mount(npsSurvey);
    const group = ui.getByRole('radiogroup');
    fireEvent.keyDown(group, { key: 'ArrowRight' });
    fireEvent.keyDown(group, { key: 'ArrowRight' });
    fireEvent.keyDown(group, { key: 'ArrowLeft' });
    const checked = () =>
      ui.getAllByRole('radio').findIndex((r) => r.getAttribute('aria-checked') === 'true');
    expect(checked()).toBe(1);
    fireEvent.keyDown(group, { key: 'Home' });
    fireEvent.keyDown(group, { key: 'ArrowLeft' });
    expect(checked()).toBe(10);
    fireEvent.keyDown(group, { key: 'End' });
    expect(checked()).toBe(10);
    fireEvent.keyDown(group, { key: 'Home' });
    fireEvent.keyDown(group, { key: 'ArrowDown' });
    fireEvent.keyDown(group, { key: 'ArrowDown' });
    expect(checked()).toBe(2);
    expect(ui.getAllByRole('radio')[2]?.tabIndex).toBe(0);
    expect(onScore).not.toHaveBeenCalled();
    fireEvent.keyDown(group, { key: 'Enter' });
    expect(onScore).toHaveBeenCalledWith(2);
  });
});

describe('follow-up and thanks', () => {
  it("asks the follow-up of the answer's bucket and finishes with reasons and comment", () => {
    const { ui, onScore, onFinish } = mount(npsSurvey);
    fireEvent.click(ui.getByRole('radio', { name: '3' }));
    expect(onScore).toHaveBeenCalledWith(3);
    expect(ui.getByText('What went wrong?')).toBeTruthy();
    const price = ui.getByRole('button', { name: 'Price' });
    fireEvent.click(price);
    expect(price.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(ui.getByRole('button', { name: 'Delivery' }));
    fireEvent.click(ui.getByRole('button', { name: 'Delivery' }));
    fireEvent.input(ui.getByRole('textbox'), { target: { value: '  Shipping was slow  ' } });
    fireEvent.click(ui.getByRole('button', { name: 'Send' }));
    expect(onFinish).toHaveBeenCalledWith(3, ['price'], 'Shipping was slow');
    expect(ui.getByRole('status').textContent).toBe('Thank you!');
  });

  it('promoters get their own follow-up', () => {
    const { ui } = mount(npsSurvey);
    fireEvent.click(ui.getByRole('radio', { name: '10 Extremely likely' }));
    expect(ui.getByText('What did you love?')).toBeTruthy();
    expect(ui.queryByRole('button', { name: 'Price' })).toBeNull();
  });

  it('a bucket without a follow-up finishes at once (no partial post)', () => {
    const { ui, onScore, onFinish } = mount(npsSurvey);
    fireEvent.click(ui.getByRole('radio', { name: '7' }));
    expect(onScore).not.toHaveBeenCalled();
    expect(onFinish).toHaveBeenCalledWith(7, [], '');
    expect(ui.getByRole('status')).toBeTruthy();
  });

  it('Escape and × close it; onClose says whether it was answered', () => {
    const first = mount(npsSurvey);
    fireEvent.keyDown(first.ui.getByRole('dialog'), { key: 'Escape' });
    expect(first.onClose).toHaveBeenCalledWith(false);
    expect(document.querySelector('koe-survey')).toBeNull();

    const second = mount(npsSurvey);
    fireEvent.click(second.ui.getByRole('radio', { name: '8' }));
    fireEvent.click(second.ui.getByRole('button', { name: 'Close' }));
    expect(second.onClose).toHaveBeenCalledWith(true);
  });
});

describe('text, language and theme', () => {
  it('renders survey text as text, never as HTML', () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { shadow, ui } = mount(widgetSurvey('srv_x', { type: 'nps', question: { en: evil } }));
    expect(ui.getByText(evil)).toBeTruthy();
    expect(shadow.querySelector('img')).toBeNull();
  });

  it('uses the chosen locale, with Japanese widget words', () => {
    const { ui } = mount(npsSurvey, 'ja');
    expect(ui.getByText('srv_npsの質問？')).toBeTruthy();
    expect(ui.getByRole('button', { name: '閉じる' })).toBeTruthy();
  });

  it('places the host by the survey placement and puts inline surveys into their element', () => {
    const { host } = mount(widgetSurvey('srv_l', { type: 'csat', placement: 'bottom-left' }));
    expect(host.className).toBe('bottom-left');
    document.body.innerHTML = '<main><div data-koe-inline="srv_i"></div></main>';
    const { host: inline } = mount(widgetSurvey('srv_i', { type: 'csat', placement: 'inline' }));
    expect(inline.parentElement?.getAttribute('data-koe-inline')).toBe('srv_i');
    expect(inline.className).toBe('inline');
  });

  it('writes the card in its language, right to left for Arabic and Hebrew', () => {
    const survey = widgetSurvey('srv_rtl', {
      type: 'nps',
      question: { en: 'Q?', ar: 'سؤال؟', he: 'שאלה?' },
    });
    for (const [locale, dir] of [
      ['ar', 'rtl'],
      ['he', 'rtl'],
      ['en', null],
    ] as const) {
      const { ui, mounted } = mount(survey, locale);
      const dialog = ui.getByRole('dialog');
      expect([dialog.getAttribute('lang'), dialog.getAttribute('dir')]).toEqual([locale, dir]);
      mounted.close();
    }
  });

  it.each([
    ['light', '', false],
    ['dark', '', true],
    ['auto', '', false],
    ['auto', 'dark', true],
    ['auto', 'light', false],
  ] as const)('mode %s on a page whose color-scheme meta says "%s": dark %s', (mode, meta, dark) => {
    document.head.innerHTML = meta ? `<meta name="color-scheme" content="${meta}">` : '';
    const { host } = mount(
      widgetSurvey('srv_m', {
        type: 'csat',
        theme: { accent: '#4f46e5', radius: 12, mode, font: 'system' },
      }),
    );
    expect(host.classList.contains('dark')).toBe(dark);
    document.head.innerHTML = '';
  });
});

describe('the thanks card', () => {
  it('closes itself after thanksSeconds, not while the pointer is on it', () => {
    vi.useFakeTimers();
    try {
      const { ui, onClose, shadow } = mount(
        widgetSurvey('srv_t', { type: 'csat', thanksSeconds: 2 }),
      );
      fireEvent.click(ui.getByRole('radio', { name: '4' }));
      expect(ui.getByRole('status')).toBeTruthy();
      const card = shadow.querySelector('.card') as HTMLElement;
      const hovered = vi.spyOn(card, 'matches').mockImplementation((s) => s === ':hover');
      vi.advanceTimersByTime(2_000);
      expect(onClose).not.toHaveBeenCalled();
      hovered.mockRestore();
      vi.advanceTimersByTime(2_000);
      expect(onClose).toHaveBeenCalledWith(true);
      expect(document.querySelector('koe-survey')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('stays open with thanksSeconds 0', () => {
    vi.useFakeTimers();
    try {
      const { ui, onClose } = mount(widgetSurvey('srv_t0', { type: 'csat', thanksSeconds: 0 }));
      fireEvent.click(ui.getByRole('radio', { name: '4' }));
      vi.advanceTimersByTime(60_000);
      expect(onClose).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
