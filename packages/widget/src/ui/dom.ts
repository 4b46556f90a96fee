// Elements without a framework: the card has three steps and a handful of
// controls, so each step is built once and changed in place (survey.ts,
// scale.ts). A value of null or undefined leaves the attribute out, a
// function is a listener (`onclick` listens to click), and children may be
// text, numbers, elements, false (nothing) or arrays of them. Text is
// always added as text, never parsed as markup.
type Child = Node | string | number | false | null | undefined | Child[];
type Props = Record<string, unknown> | null;

function fill<E extends Element>(element: E, props: Props, children: Child[]): E {
  for (const name in props) {
    const value = props[name];
    if (typeof value === 'function')
      element.addEventListener(name.slice(2), value as EventListener);
    else if (value != null) element.setAttribute(name, value as string);
  }
  element.append(...(children.flat(9).filter((c) => c != null && c !== false) as string[]));
  return element;
}

/** An HTML element. */
export const h = (tag: string, props: Props, ...children: Child[]): HTMLElement =>
  fill(document.createElement(tag), props, children);

/** An SVG element. */
export const svg = (tag: string, props: Props, ...children: Child[]): SVGElement =>
  fill(document.createElementNS('http://www.w3.org/2000/svg', tag) as SVGElement, props, children);
