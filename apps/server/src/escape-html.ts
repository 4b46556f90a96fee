// Text into HTML for koe's emails and own small pages (the demo shop, the
// hosted survey, link and unsubscribe pages): the five characters that could
// end text or an attribute become numeric character references.
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
