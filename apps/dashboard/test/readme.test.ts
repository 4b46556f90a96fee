// @vitest-environment node
// README's "Put koe on your site" quotes the dashboard's words; this keeps
// the quotes true when the words change.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillText } from '../src/i18n/fill';
import { en } from '../src/i18n/messages';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
  // Markdown wraps lines; compare the words.
  .replace(/\s+/g, ' ');
const section = readme.slice(
  readme.indexOf('## Put koe on your site'),
  readme.indexOf('## The widget'),
);

describe('README: Put koe on your site', () => {
  it.each([
    en.settings,
    en.origins,
    en.addOrigin,
    en.installs,
    en.draft,
    en.publish,
    en.waitingTitle,
    fillText(en.installSeen, { origin: 'http://127.0.0.1:8790', ago: '2 minutes ago' }),
    fillText(en.installRefused, { origin: 'http://127.0.0.1:8790', allow: en.allow }),
  ])('quotes the dashboard: %s', (words) => {
    expect(section).toContain(words);
  });
});
