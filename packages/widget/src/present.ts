// The UI side of koe (dist/koe-ui.js, or bundled into createKoe): shows a
// survey — picks the language, renders it (mount.ts) and turns the visitor's
// steps into posts under one submission id, a partial one when the score is
// chosen and a follow-up comes, a finished one at the end — and delivers
// answers (sender.ts), and arms the pointer triggers (pointer-triggers.ts).
// Everything that renders or sends lives on this side; the loader
// decides whether and when.
import { pickLocale } from './i18n';
import { mountSurvey } from './mount';
import { armPointerTriggers } from './pointer-triggers';
import { createSender } from './sender';
import { toJson } from './storage';
import type { ShowRequest, UiFactory } from './types';
import { uuid7 } from './uuid';

export const createUi: UiFactory = (host, fetchFn, note, explain) => {
  const { send, flush } = createSender(`${host}/v1/responses`, fetchFn, Date.now, note, explain);
  addEventListener('online', () => void flush(true));

  function present({
    survey,
    siteKey,
    options,
    userId,
    attributes,
    nonce,
    record,
    emit,
    closed,
  }: ShowRequest) {
    const id = options.id ?? uuid7();
    const mark = (what: 'a' | 'd') => record(survey.id, what, Date.now());
    const locale =
      options.locale && survey.question[options.locale]
        ? options.locale
        : pickLocale(Object.keys(survey.question), survey.defaultLocale);
    // Global Privacy Control: no user id or attributes leave the browser.
    const gpc =
      (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
    const all = { ...attributes, ...options.attributes };
    // Serialising leaves out the undefined fields.
    const post = (score: number, finished: boolean, reasons?: string[], comment?: string) =>
      send(
        id,
        toJson({
          id,
          siteKey,
          surveyId: survey.id,
          score,
          finished,
          locale,
          // Never the query or fragment: they carry tokens and e-mail addresses.
          url: location.origin + location.pathname,
          touchpoint: options.touchpoint,
          channel: options.channel,
          linkToken: options.linkToken,
          userId: gpc ? undefined : userId,
          attributes: gpc || !Object.keys(all).length ? undefined : all,
          reasons: reasons?.length ? reasons : undefined,
          comment: comment || undefined,
        }),
      );
    return mountSurvey(
      {
        survey,
        locale,
        score: options.score,
        onScore: (score) => {
          mark('a');
          void post(score, false);
        },
        onFinish: (score, reasons, comment) => {
          mark('a');
          void post(score, true, reasons, comment);
          emit('submit', { surveyId: survey.id, score });
        },
        onClose: (answered) => {
          closed();
          if (!answered) {
            mark('d');
            emit('dismiss', { surveyId: survey.id });
          }
        },
      },
      { nonce, target: options.target },
    );
  }

  return { present, flush, arm: armPointerTriggers };
};
