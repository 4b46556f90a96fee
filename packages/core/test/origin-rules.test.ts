// Allowed origins as people type them: normalised to what browsers send in
// the Origin header, and every usual mistake refused with what to write.
import { describe, expect, it } from 'vitest';
import { checkOriginRule, SitePatchSchema, validate } from '../src/index';

describe('checkOriginRule', () => {
  it.each([
    ['https://shop.example', 'https://shop.example'],
    ['HTTPS://Shop.Example', 'https://shop.example'],
    ['https://shop.example/', 'https://shop.example'],
    ['https://shop.example:443', 'https://shop.example'],
    ['http://shop.example:80/', 'http://shop.example'],
    ['https://shop.example:8443', 'https://shop.example:8443'],
    ['  http://localhost:3000  ', 'http://localhost:3000'],
    ['http://127.0.0.1:8790', 'http://127.0.0.1:8790'],
    ['http://[::1]:8080', 'http://[::1]:8080'],
    ['https://bücher.example', 'https://xn--bcher-kva.example'],
    ['https://*.Example.com', 'https://*.example.com'],
    ['https://*.localhost:3000', 'https://*.localhost:3000'],
    ['*', '*'],
  ])('accepts %j as %j', (input, rule) => {
    expect(checkOriginRule(input)).toEqual({ ok: true, rule });
  });

  it.each([
    ['', 'is empty; give an origin like https://shop.example'],
    ['shop.example', '"shop.example" has no scheme; add the scheme: https://shop.example'],
    [
      'shop.example/checkout',
      '"shop.example/checkout" has no scheme; add the scheme: https://shop.example',
    ],
    ['localhost:3000', '"localhost:3000" has no scheme; add the scheme: http://localhost:3000'],
    ['*.example.com', '"*.example.com" has no scheme; add the scheme: https://*.example.com'],
    ['not a url', '"not a url" is not an origin; write one like https://shop.example'],
    [
      'htps://shop.example',
      '"htps://shop.example": the scheme "htps" is not http or https; did you mean https://shop.example?',
    ],
    [
      'hhtp://shop.example',
      '"hhtp://shop.example": the scheme "hhtp" is not http or https; did you mean http://shop.example?',
    ],
    [
      'https:/shop.example',
      '"https:/shop.example": write two slashes after the scheme: https://shop.example',
    ],
    [
      'ftp://shop.example',
      '"ftp://shop.example": only http and https pages can show the widget, not ftp:',
    ],
    [
      'chrome-extension://abc',
      '"chrome-extension://abc": only http and https pages can show the widget, not chrome-extension:',
    ],
    [
      'https://shop.example/checkout',
      '"https://shop.example/checkout" has a path; an allowed origin is scheme, host and port only, and covers every page: use https://shop.example',
    ],
    [
      'https://shop.example?a=1',
      '"https://shop.example?a=1" has a query; an allowed origin is scheme, host and port only, and covers every page: use https://shop.example',
    ],
    [
      'https://shop.example#top',
      '"https://shop.example#top" has a fragment; an allowed origin is scheme, host and port only, and covers every page: use https://shop.example',
    ],
    [
      'https://me:pw@shop.example',
      '"https://me:pw@shop.example" carries a user name or password; use https://shop.example',
    ],
    [
      'https://*.com',
      '"https://*.com" would allow every site under .com; a wildcard needs a domain under it, like https://*.example.com',
    ],
    [
      'https://*.10.0.0.1',
      '"https://*.10.0.0.1": a wildcard needs a domain name, not an IP address',
    ],
    [
      'https://a.*.example',
      '"https://a.*.example": a * stands only for subdomains, at the start of the host, like https://*.example.com',
    ],
    [
      'https://shop example',
      '"https://shop example" is not a valid origin: the host or port cannot be read',
    ],
    [
      'https://shop.example:99999',
      '"https://shop.example:99999" is not a valid origin: the host or port cannot be read',
    ],
  ])('refuses %j: %s', (input, message) => {
    expect(checkOriginRule(input)).toEqual({ ok: false, message });
  });
});

describe('SitePatchSchema', () => {
  it('normalises origins and drops repeats, keeping the first order', () => {
    const result = validate(SitePatchSchema, {
      origins: ['https://b.example', 'HTTPS://A.example/', 'https://b.example:443'],
    });
    expect(result).toEqual({
      ok: true,
      value: { origins: ['https://b.example', 'https://a.example'] },
    });
  });

  it('names each refused origin by its index', () => {
    const result = validate(SitePatchSchema, { origins: ['x', 'https://ok.example', 'ftp://y'] });
    expect(result.ok ? [] : result.issues.map((i) => i.field)).toEqual(['origins.0', 'origins.2']);
  });
});
