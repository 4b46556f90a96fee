// How the email snippet looks, drawn inside the dashboard without running or
// trusting it. A sandboxed srcdoc frame would inherit the dashboard's
// Content-Security-Policy (style-src 'self'), which blocks every inline
// style the snippet is made of, so the preview would be unstyled. Instead
// the HTML is parsed inert and rebuilt from a short list of table and text
// elements: no scripts, no event handlers, no URLs (score links become plain
// text, so a click in the preview stores nothing), and each style applied
// through the CSSOM (which the policy allows), without url(). It sits in a
// shadow root so the dashboard's own styles stay out of it.
import { useEffect, useRef } from 'preact/hooks';

const KEPT = new Set([
  'table',
  'tbody',
  'thead',
  'tr',
  'td',
  'th',
  'p',
  'br',
  'span',
  'strong',
  'b',
  'em',
  'div',
]);
const ATTRIBUTES = new Set([
  'align',
  'valign',
  'width',
  'cellpadding',
  'cellspacing',
  'border',
  'role',
]);
/** Styles are moved aside before parsing, so no inline style ever meets the policy. */
const STYLE_ATTRIBUTE = /(<[a-z][^<>]*?)\sstyle=/gi;
const STYLE_ASIDE = 'data-preview-style';
const UNSAFE_STYLE = /url\s*\(|expression\s*\(|@import|\\/i;

function rebuild(source: Node, target: Node, doc: Document): void {
  for (const child of Array.from(source.childNodes)) {
    if (child.nodeType === 3) {
      target.appendChild(doc.createTextNode(child.textContent ?? ''));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const name = element.tagName.toLowerCase();
    // A link becomes text with the link's look; anything unknown goes, content and all.
    const tag = name === 'a' ? 'span' : name;
    if (!KEPT.has(tag)) continue;
    const copy = doc.createElement(tag);
    for (const attribute of Array.from(element.attributes)) {
      if (ATTRIBUTES.has(attribute.name)) copy.setAttribute(attribute.name, attribute.value);
    }
    const style = element.getAttribute(STYLE_ASIDE);
    if (style && !UNSAFE_STYLE.test(style)) copy.style.cssText = style;
    rebuild(element, copy, doc);
    target.appendChild(copy);
  }
}

/** The snippet's HTML as inert, style-carrying nodes of `doc`. */
export function previewNodes(html: string, doc: Document = document): DocumentFragment {
  const parsed = new DOMParser().parseFromString(
    html.replace(STYLE_ATTRIBUTE, `$1 ${STYLE_ASIDE}=`),
    'text/html',
  );
  const fragment = doc.createDocumentFragment();
  rebuild(parsed.body, fragment, doc);
  return fragment;
}

export function EmailPreview({ html, label }: { html: string; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    root.replaceChildren(previewNodes(html));
  }, [html]);
  return (
    <figure class="email-preview">
      <figcaption class="muted small">{label}</figcaption>
      <div ref={host} class="email-preview-body" data-testid="email-preview" />
    </figure>
  );
}
