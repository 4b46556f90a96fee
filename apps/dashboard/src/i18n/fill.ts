// A message with {placeholders} whose values are elements — a link, a code
// span, a button — so a sentence stays one translatable string even when a
// part of it is interactive ("koe was loaded on {origin}… — {allow}").
import { type ComponentChild, Fragment, h } from 'preact';

export function fill(template: string, values: Record<string, ComponentChild>): ComponentChild {
  const parts = template
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name !== undefined && Object.hasOwn(values, name) ? values[name] : part;
    });
  return h(Fragment, null, ...parts);
}

/** The same with text values only, for attributes and plain strings. */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
