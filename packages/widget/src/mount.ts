// Puts a survey on the page: a host element with an open shadow root (open so
// assistive tech and the site's own tests can reach it), styles through a
// constructable stylesheet — or, where that is missing, a <style> carrying the
// page's CSP nonce — and the survey's theme as CSS custom properties. No
// inline style attributes, so a strict CSP needs no 'unsafe-inline'.
import type { Mounted } from './types';
import { CSS } from './ui/styles';
import { createSurvey, type SurveyProps } from './ui/survey';

const HEX = /^#(?:[0-9a-f]{3}){1,2}$/i;

/**
 * The theme's mode: light, dark, or auto — the page's color-scheme (its
 * root's, else its <meta name="color-scheme">): dark when it names dark only,
 * the OS setting when it offers both, light otherwise. A page that says
 * nothing is taken as the light page it almost always is: following the OS
 * there put dark cards on white pages.
 */
function isDark(mode: string | undefined): boolean {
  if (mode !== 'auto') return mode === 'dark';
  const declared = getComputedStyle(document.documentElement).colorScheme;
  const scheme =
    declared && declared !== 'normal'
      ? declared
      : document.querySelector<HTMLMetaElement>('meta[name=color-scheme]')?.content;
  return (
    /dark/.test(scheme as string) &&
    (!/light/.test(scheme as string) || matchMedia('(prefers-color-scheme:dark)').matches)
  );
}

export function mountSurvey(
  props: Omit<SurveyProps, 'onClose'> & { onClose: (answered: boolean) => void },
  options: { nonce?: string; target?: string },
): Mounted {
  const { survey } = props;
  const host = document.createElement('koe-survey');
  const inlineTarget =
    survey.placement === 'inline' || options.target
      ? document.querySelector(
          options.target ?? `[data-koe-inline="${survey.id}"],[data-koe-inline=""]`,
        )
      : null;
  host.className = `${
    inlineTarget ? 'inline' : survey.placement === 'inline' ? 'bottom-right' : survey.placement
  }${isDark(survey.theme.mode) ? ' dark' : ''}`;
  const shadow = host.attachShadow({ mode: 'open' });
  const accent = HEX.test(survey.theme.accent) ? survey.theme.accent : '#4f46e5';
  // font: inherit reads the page's font family (all:initial cuts inheritance); quotes and
  // semicolons in a family name cannot end the rule.
  const font =
    survey.theme.font === 'inherit' && document.body
      ? `;--ff:${getComputedStyle(document.body).fontFamily.replace(/[;{}]/g, '')}`
      : '';
  const css = `${CSS}:host{--a:${accent};--r:${Math.max(0, Math.min(32, survey.theme.radius | 0))}px${font}}`;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // No constructable stylesheets (older browsers): a <style> with the page's nonce.
    const style = document.createElement('style');
    if (options.nonce) style.nonce = options.nonce;
    style.textContent = css;
    shadow.appendChild(style);
  }

  // Where focus was before the visitor entered the survey, to give it back on close.
  let returnFocus: Element | null = null;
  host.addEventListener('focusin', (event) => {
    const from = (event as FocusEvent).relatedTarget as Element | null;
    if (!returnFocus && from && !host.contains(from)) returnFocus = from;
  });

  const { card, stop } = createSurvey({
    ...props,
    onClose: (answered: boolean) => {
      close();
      props.onClose(answered);
    },
  });
  const close = () => {
    const hadFocus = shadow.activeElement !== null;
    stop();
    card.remove();
    host.remove();
    if (hadFocus && returnFocus instanceof HTMLElement) returnFocus.focus();
  };
  shadow.append(card);
  // After <body>, not inside it: appended to the body, the host would become
  // its last child, and a page's `body > :last-child` rules would stop
  // matching the element they styled (the hostile-page test has such a rule).
  (inlineTarget ?? document.documentElement).appendChild(host);
  return { close };
}
