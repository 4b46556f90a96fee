// axe-core in a page: injects axe.source and returns the violations as
// "rule: [targets]" lines, so a failing test names the rule and the element.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { SurveyInput } from '@koe/core';
import type { Page } from 'playwright-core';
import type { EnginePage } from './engines';
import type { WidgetHost } from './widget-host';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown) => Promise<unknown> } }).axe;
    const result = (await axe.run(document)) as {
      violations: Array<{ id: string; nodes: Array<{ target: unknown }> }>;
    };
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

/** axe-core's violations in any engine's page (engines.ts), as the same lines. */
export async function axeViolationsIn(page: EnginePage): Promise<string[]> {
  await page.addScript(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown) => Promise<unknown> } }).axe;
    const result = (await axe.run(document)) as {
      violations: Array<{ id: string; nodes: Array<{ target: unknown }> }>;
    };
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

/** Every way a score is shown: NPS numbers, CSAT smileys and stars, CES. */
export const AXE_SURVEYS: Array<Pick<SurveyInput, 'type' | 'csatDisplay'> & { name: string }> = [
  { name: 'NPS', type: 'nps' },
  { name: 'CSAT smileys', type: 'csat', csatDisplay: 'smiley' },
  { name: 'CSAT stars', type: 'csat', csatDisplay: 'star' },
  { name: 'CES', type: 'ces' },
];

/** Creates the AXE_SURVEYS (NPS with a promoter follow-up) and returns their ids by name. */
export async function createAxeSurveys(host: WidgetHost): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const survey of AXE_SURVEYS) {
    ids.set(
      survey.name,
      await host.createSurvey({
        status: 'active',
        question: { en: `How was it? (${survey.name})` },
        followUp:
          survey.type === 'nps'
            ? {
                promoter: {
                  question: { en: 'What did you like?' },
                  reasons: [
                    { id: 'speed', label: { en: 'Speed' } },
                    { id: 'price', label: { en: 'Price' } },
                  ],
                },
              }
            : {},
        ...survey,
      }),
    );
  }
  return ids;
}
