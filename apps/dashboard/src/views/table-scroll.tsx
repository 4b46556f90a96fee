// A wide table on a narrow screen scrolls sideways inside this box. The box
// is focusable and named so keyboard users can scroll it too (WCAG 2.1.1).
import type { ComponentChildren } from 'preact';

export function TableScroll({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard
    <section class="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
