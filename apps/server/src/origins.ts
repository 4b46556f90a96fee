// Which page origins may use a site's public endpoints. Entries are exact
// origins ("https://shop.example"), a wildcard for subdomains
// ("https://*.example.com", which does not match the bare domain), or "*".

/** Normalises an allowed-origin entry, or returns undefined when it is not one. */
export function normaliseOriginRule(rule: string): string | undefined {
  if (rule === '*') return rule;
  const wildcard = rule.match(/^(https?):\/\/\*\.(.+)$/);
  try {
    if (wildcard) {
      const host = new URL(`${wildcard[1]}://${wildcard[2]}`).host;
      return `${wildcard[1]}://*.${host}`;
    }
    const url = new URL(rule);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.pathname !== '/' || url.search || url.hash) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

export function isOriginAllowed(origin: string, rules: readonly string[]): boolean {
  for (const rule of rules) {
    if (rule === '*' || rule === origin) return true;
    const star = rule.indexOf('://*.');
    if (star > 0) {
      const scheme = rule.slice(0, star + 3);
      const suffix = rule.slice(star + 4); // ".example.com"
      if (
        origin.startsWith(scheme) &&
        origin.endsWith(suffix) &&
        origin.length > scheme.length + suffix.length
      ) {
        const label = origin.slice(scheme.length, origin.length - suffix.length);
        if (/^[a-z0-9.-]+$/i.test(label)) return true;
      }
    }
  }
  return false;
}
