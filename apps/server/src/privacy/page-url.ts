// Page URLs are stored without query string and fragment: those carry session
// tokens, e-mail addresses and order numbers far too often to keep by default.
export function stripPageUrl(url: string | undefined): { url?: string; page?: string } {
  if (!url) return {};
  const parsed = new URL(url);
  return { url: `${parsed.origin}${parsed.pathname}`, page: parsed.pathname };
}
