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
    ['number', ['1', '2', '3', '4', '5']],
    ['smiley', ['😞', '🙁', '😐', '🙂', '😄']],
    ['star', ['★', '★', '★', '★', '★']],
  ] as const)('CSAT shown as %s', (csatDisplay, faces) => {
    const { ui } = mount(widgetSurvey('srv_csat', { type: 'csat', csatDisplay }));
    const radios = ui.getAllByRole('radio');
    expect(radios.map((r) => r.textContent)).toEqual(faces);
    expect(radios[0]?.getAttribute('aria-label')).toBe('1 Very dissatisfied');
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
});
