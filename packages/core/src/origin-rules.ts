// The page origins a site allows, as a person types them. An entry is an
// exact origin ("https://shop.example", "http://localhost:3000"), a wildcard
// for subdomains ("https://*.example.com", which does not match the bare
// domain) or "*". Browsers send the Origin header as scheme://host[:port]
// (RFC 6454 §7), lower-case, punycode, without a default port, so entries are
// normalised to that form once, here, and compared as strings afterwards.
//
// Refusals say what to do, because the usual mistakes are a pasted page URL
// (a path), a forgotten scheme and a typo in it; each message quotes the
// entry, so it reads on its own in a CLI line as well as in an API issue.
// Pure (no I/O): the server validates with it, a settings screen may too.

export const MAX_ORIGIN_CHARS = 300;

export type OriginRuleCheck = { ok: true; rule: string } | { ok: false; message: string };

const fail = (message: string): OriginRuleCheck => ({ ok: false, message });

/** Loopback names and IP literals are usually served over plain http while developing. */
function looksLocal(host: string): boolean {
  return /^(localhost|[^/]*\.localhost|\d+\.\d+\.\d+\.\d+|\[[0-9a-f:.]+\])(:\d+)?$/i.test(host);
}

/** Edit distance, for telling a mistyped scheme ("htps") from another one ("ftp"). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next[j] = Math.min(
        (row[j] as number) + 1,
        (next[j - 1] as number) + 1,
        (row[j - 1] as number) + cost,
      );
    }
    row = next;
  }
  return row[b.length] as number;
}

/** http or https when `scheme` reads as a slip of the fingers for one of them. */
function meantScheme(scheme: string): 'http' | 'https' | undefined {
  const toHttp = distance(scheme, 'http');
  const toHttps = distance(scheme, 'https');
  const best = Math.min(toHttp, toHttps);
  if (best > 2 || (best === 2 && !scheme.startsWith('h'))) return undefined;
  return toHttps <= toHttp ? 'https' : 'http';
}

/** "https://host[:port]" of a possibly faulty entry, for "use … instead" hints; undefined when no host reads. */
function bestEffortOrigin(scheme: string, rest: string): string | undefined {
  const wildcard = rest.startsWith('*.');
  const authority = (wildcard ? rest.slice(2) : rest).split(/[/?#]/)[0]?.split('@').pop() ?? '';
  try {
    const host = new URL(`${scheme}://${authority}`).host;
    return host ? `${scheme}://${wildcard ? '*.' : ''}${host}` : undefined;
  } catch {
    return undefined;
  }
}

/** Checks and normalises one allowed-origin entry. */
export function checkOriginRule(input: string): OriginRuleCheck {
  const text = input.trim();
  if (!text) return fail('is empty; give an origin like https://shop.example');
  if (text.length > MAX_ORIGIN_CHARS)
    return fail(
      `is longer than ${MAX_ORIGIN_CHARS} characters; an origin is scheme, host and port`,
    );
  if (text === '*') return { ok: true, rule: '*' };
  const quoted = JSON.stringify(text);

  // "localhost:3000" and "shop.example:8080" parse as a scheme followed by a port: no scheme.
  const head = text.match(/^([a-z][a-z0-9+.-]*):(\/*)(.?)/i);
  if (!head || (head[2] === '' && /\d/.test(head[3] as string))) {
    const scheme = looksLocal(text.split(/[/?#]/)[0] as string) ? 'http' : 'https';
    const meant = bestEffortOrigin(scheme, text.replace(/^\/+/, ''));
    return fail(
      meant
        ? `${quoted} has no scheme; add the scheme: ${meant}`
        : `${quoted} is not an origin; write one like https://shop.example`,
    );
  }
  const written = (head[1] as string).toLowerCase();
  const rest = text.slice(head[0].length - (head[3] as string).length);
  if (written !== 'http' && written !== 'https') {
    const meant = meantScheme(written);
    const origin = meant && bestEffortOrigin(meant, rest);
    if (origin)
      return fail(
        `${quoted}: the scheme "${head[1]}" is not http or https; did you mean ${origin}?`,
      );
    return fail(`${quoted}: only http and https pages can show the widget, not ${head[1]}:`);
  }
  if (head[2] !== '//')
    return fail(
      `${quoted}: write two slashes after the scheme: ${bestEffortOrigin(written, rest) ?? `${written}://…`}`,
    );

  const wildcard = rest.startsWith('*.');
  const hostPart = wildcard ? rest.slice(2) : rest;
  if (hostPart.includes('*'))
    return fail(
      `${quoted}: a * stands only for subdomains, at the start of the host, like https://*.example.com`,
    );
  let url: URL;
  try {
    url = new URL(`${written}://${hostPart}`);
  } catch {
    return fail(`${quoted} is not a valid origin: the host or port cannot be read`);
  }
  if (!url.hostname) return fail(`${quoted} has no host`);
  const origin = `${written}://${wildcard ? '*.' : ''}${url.host}`;
  if (url.username || url.password)
    return fail(`${quoted} carries a user name or password; use ${origin}`);
  const extra =
    url.pathname !== '/' ? 'a path' : url.search ? 'a query' : url.hash ? 'a fragment' : undefined;
  if (extra)
    return fail(
      `${quoted} has ${extra}; an allowed origin is scheme, host and port only, and covers every page: use ${origin}`,
    );
  if (wildcard) {
    const host = url.hostname;
    if (/^\d+(\.\d+)*$/.test(host) || host.startsWith('['))
      return fail(`${quoted}: a wildcard needs a domain name, not an IP address`);
    if (!host.includes('.') && host !== 'localhost')
      return fail(
        `${quoted} would allow every site under .${host}; a wildcard needs a domain under it, like ${written}://*.example.${host}`,
      );
  }
  return { ok: true, rule: origin };
}
