// Page rules of a trigger. A value starting with "/" is compared with the
// path (and query), anything else with the whole URL; a regex may match
// either. All rules must hold; a negated rule must not match. A broken regex
// matches nothing.
import type { UrlRule } from '@koe/core';

function matches({ match, value }: UrlRule, url: URL): boolean {
  const subject = value.startsWith('/') ? url.pathname + url.search : url.href;
  switch (match) {
    case 'exact':
      return subject === value || (value.startsWith('/') && url.pathname === value);
    case 'contains':
      return subject.includes(value);
    case 'startsWith':
      return subject.startsWith(value);
    case 'regex':
      try {
        const pattern = new RegExp(value);
        return pattern.test(url.pathname + url.search) || pattern.test(url.href);
      } catch {
        return false;
      }
  }
}

export function pageMatches(rules: readonly UrlRule[], href: string): boolean {
  const url = new URL(href);
  return rules.every((rule) => matches(rule, url) !== rule.negate);
}
