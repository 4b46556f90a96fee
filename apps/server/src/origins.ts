// Whether a page origin may use a site's public endpoints. The rules are
// checked and normalised when a site is saved (@koe/core's origin-rules.ts):
// exact origins ("https://shop.example"), a wildcard for subdomains
// ("https://*.example.com", which does not match the bare domain), or "*".

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
