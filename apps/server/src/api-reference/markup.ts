// Text into HTML for the reference page: escaping, and the little Markdown
// that OpenAPI descriptions use (CommonMark is their format, OpenAPI 3.1
// §4.8): paragraphs, `code`, **strong**, *emphasis*, [links](…) and "- "
// lists. Everything else stays text; nothing from the document is ever
// inserted as raw HTML.

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** Links go only to web pages or within this site: no javascript: or data: URLs. */
const SAFE_HREF = /^(?:https?:\/\/|\/|#)/i;

/** One line of Markdown with inline code, strong, emphasis and links. */
export function inlineMarkdown(text: string): string {
  // Code spans first, so their content is never read as other markup.
  return text
    .split(/(`[^`]+`)/)
    .map((part) => {
      if (/^`[^`]+`$/.test(part)) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part)
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, label: string, href: string) =>
          SAFE_HREF.test(href) ? `<a href="${href}">${label}</a>` : whole,
        )
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|[^\w*])\*([^*\s][^*]*)\*(?!\w)/g, '$1<em>$2</em>');
    })
    .join('');
}

/** Block Markdown: paragraphs separated by blank lines, "- " items as a list. */
export function markdown(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.split('\n').map((line) => line.trim());
      if (lines.every((line) => /^[-*] /.test(line)))
        return `<ul>${lines.map((line) => `<li>${inlineMarkdown(line.slice(2))}</li>`).join('')}</ul>`;
      return `<p>${inlineMarkdown(lines.join(' '))}</p>`;
    })
    .join('');
}

/** A description: one paragraph as inline HTML (it sits beside other notes), more as blocks. */
export function prose(text: string): string {
  const blocks = markdown(text);
  const single = /^<p>((?:(?!<p>).)*)<\/p>$/s.exec(blocks);
  return single ? (single[1] as string) : blocks;
}

/** An id for an anchor: lowercase letters, digits and single hyphens. */
export function slug(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2') // operationIds: getMetrics → get-metrics
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
