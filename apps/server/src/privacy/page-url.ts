// Page URLs are stored without query string and fragment: those carry session
// tokens, e-mail addresses and order numbers far too often to keep by default.
// (The ingestion schema already reduced the URL to scheme, host and path.)
export function stripPageUrl(url: string | undefined): { url?: string; page?: string } {
  if (!url) return {};
  const parsed = new URL(url);
  return { url, page: parsed.pathname || '/' };
}
