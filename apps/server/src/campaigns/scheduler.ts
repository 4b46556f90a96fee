// Sends campaign emails: every poll, active campaigns are claimed with a
// lease of one minute (so processes sharing one PostgreSQL never send one
// campaign at once, and the lease is the throttle: at most perMinute emails
// per campaign per minute). For each zone of its recipients, whoever has not
// had the round that is due there gets it: a send row (unique per recipient
// and round) and its mail go into the outbox in one transaction, so a crash
// or a second process never sends one twice. Then reminders that are due go
// to whoever has not answered; an address on the suppression list gets
// nothing, ever.
import { ANSWERABLE_STATUSES, toWidgetSurvey } from '@koe/core';
import type { Clock } from '../clock';
import { newId } from '../keys';
import { newLinkSecret, responseIdOfToken, signLink } from '../links/link-tokens';
import type { Logger } from '../log';
import { PollLoop } from '../poll-loop';
import type { OutgoingMail } from '../store/alert-types';
import type { Campaign, CampaignRecipient, NewSend } from '../store/campaign-types';
import type { Site, Store, StoredSurvey } from '../store/types';
import { campaignMail } from './campaign-mail';
import { currentRound } from './rounds';

const DAY_MS = 86_400_000;
/** The throttle's window: a campaign is claimed again a minute after its last batch. */
const LEASE_MS = 60_000;
const BATCH = 20;
/** The survey as emails show it, made once per survey object (one per campaign run). */
const widgetSurveys = new WeakMap<StoredSurvey, ReturnType<typeof toWidgetSurvey>>();
function widgetSurveyOf(survey: StoredSurvey) {
  let made = widgetSurveys.get(survey);
  if (!made) {
    made = toWidgetSurvey(survey.id, survey.definition);
    widgetSurveys.set(survey, made);
  }
  return made;
}

/** The unsubscribe link of a recipient's emails (GET shows a page; POST unsubscribes, RFC 8058). */
export const campaignUnsubscribeUrl = (publicUrl: string, token: string) =>
  new URL(`/v1/campaigns/unsubscribe?token=${encodeURIComponent(token)}`, publicUrl).href;

/** The survey language closest to the recipient's (exact tag, then the same language), else its default. */
export function surveyLocaleFor(definition: StoredSurvey['definition'], locale: string | null) {
  const available = Object.keys(definition.question);
  if (locale) {
    const exact = available.find((tag) => tag.toLowerCase() === locale.toLowerCase());
    if (exact) return exact;
    const language = locale.split('-')[0]?.toLowerCase();
    const same = available.find((tag) => tag.split('-')[0]?.toLowerCase() === language);
    if (same) return same;
  }
  return definition.defaultLocale;
}

export class CampaignScheduler {
  private readonly loop: PollLoop;

  constructor(
    private readonly options: {
      store: Store;
      clock: Clock;
      log: Logger;
      /** Where links point; campaigns are made only when it is set (and SMTP is). */
      publicUrl: string;
      onQueued?: () => void;
      pollMs?: number;
    },
  ) {
    this.loop = new PollLoop(
      () => this.runOnce(),
      (error) => options.log.error({ err: error }, 'campaigns failed'),
      options.pollMs ?? 20_000,
    );
  }

  start(): void {
    this.loop.start();
  }

  /** Sends what became due (a campaign started, recipients added) now rather than at the next poll. */
  wake(): void {
    this.loop.wake();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  /** Sends what is due now in every campaign not leased elsewhere; returns how many mails were queued. */
  async runOnce(): Promise<number> {
    const { store, clock, log } = this.options;
    let queued = 0;
    for (;;) {
      const now = clock.now();
      const claimed = await store.campaigns.claim(now, now + LEASE_MS, BATCH);
      for (const campaign of claimed) {
        try {
          queued += await this.sendDue(campaign, now);
        } catch (error) {
          // Tried again when the lease runs out.
          log.error({ err: error, campaign: campaign.id }, 'campaign emails not made');
        }
      }
      if (claimed.length < BATCH) break;
    }
    if (queued) this.options.onQueued?.();
    return queued;
  }

  private async sendDue(campaign: Campaign, now: number): Promise<number> {
    const { store, log } = this.options;
    const [site, survey] = await Promise.all([
      store.getSite(campaign.siteId),
      store.getSurvey(campaign.siteId, campaign.surveyId),
    ]);
    if (!site || !survey) return 0;
    if (!ANSWERABLE_STATUSES.has(survey.definition.status)) {
      log.warn(
        { campaign: campaign.id, survey: survey.id },
        'campaign waits: its survey takes no answers',
      );
      return 0;
    }
    const { secret } = await store.links.get(site.id, newLinkSecret(), now);
    let budget = campaign.perMinute;
    let queued = 0;
    for (const zone of await store.campaigns.recipientZones(campaign.id)) {
      if (budget <= 0) break;
      const round = currentRound(campaign, now, zone ?? campaign.timeZone);
      if (round === null) continue;
      const due = await store.campaigns.dueRecipients(campaign.id, zone, round, budget);
      if (due.length === 0) continue;
      const suppressed = await store.campaigns.suppressed(
        site.id,
        due.map((r) => r.emailHash),
      );
      const sends = due.map((recipient) =>
        this.newSend({
          campaign,
          site,
          survey,
          recipient,
          round,
          now,
          secret,
          suppressed: suppressed.has(recipient.emailHash),
        }),
      );
      queued += await store.campaigns.recordSends(sends);
      budget -= due.length;
    }
    if (budget > 0) queued += await this.remind(campaign, site, survey, now, budget);
    return queued;
  }

  private newSend(input: {
    campaign: Campaign;
    site: Site;
    survey: StoredSurvey;
    recipient: CampaignRecipient;
    round: number;
    now: number;
    secret: string;
    suppressed: boolean;
  }): NewSend {
    const { campaign, site, survey, recipient, round, now, secret, suppressed } = input;
    const locale = surveyLocaleFor(survey.definition, recipient.locale);
    const expiresAt = now + campaign.expiresInDays * DAY_MS;
    const id = newId('snd');
    const token = signLink(
      {
        siteId: site.id,
        surveyId: survey.id,
        // Without a userId of the site's, the answer carries the recipient's id.
        userId: recipient.userId ?? recipient.id,
        locale,
        ...(recipient.attributes && { attributes: recipient.attributes }),
        channel: 'email',
        expiresAt,
        // The send's own random id: a new round is a new answer.
        nonce: id.slice(4, 12),
      },
      secret,
    );
    const responseId = responseIdOfToken(token);
    const mail = suppressed
      ? null
      : this.mail(`mail_cs_${id}`, {
          campaign,
          site,
          survey,
          recipient,
          token,
          now,
          reminder: false,
        });
    return {
      send: {
        id,
        campaignId: campaign.id,
        siteId: site.id,
        recipientId: recipient.id,
        round,
        responseId,
        status: suppressed ? 'unsubscribed' : 'queued',
        mailId: mail?.id ?? null,
        queuedAt: now,
        token,
        expiresAt,
        reminderStatus: !suppressed && campaign.reminderAfterDays !== null ? 'due' : 'none',
        reminderDueAt:
          !suppressed && campaign.reminderAfterDays !== null
            ? now + campaign.reminderAfterDays * DAY_MS
            : null,
        reminderMailId: null,
      },
      mail,
      answer: { emailHash: recipient.emailHash, userId: recipient.userId ?? recipient.id },
    };
  }

  /** One reminder per email, to whoever has not answered while its links still work. */
  private async remind(
    campaign: Campaign,
    site: Site,
    survey: StoredSurvey,
    now: number,
    budget: number,
  ): Promise<number> {
    const { store } = this.options;
    const due = await store.campaigns.dueReminders(campaign.id, now, budget);
    if (due.length === 0) return 0;
    const answered = await store.campaigns.answered(
      site.id,
      due.map((send) => send.responseId),
    );
    const recipients = new Map(
      (await store.campaigns.recipientsByIds(due.map((send) => send.recipientId))).map((r) => [
        r.id,
        r,
      ]),
    );
    // Checked here too: an unsubscribe may land between a round's check and its record.
    const suppressed = await store.campaigns.suppressed(
      site.id,
      [...recipients.values()].map((r) => r.emailHash),
    );
    let queued = 0;
    for (const send of due) {
      const recipient = recipients.get(send.recipientId);
      // The first email is still being tried: its reminder waits for the outcome.
      if (send.status === 'queued') continue;
      // A day of the links' life left at least: a reminder whose links die on arrival helps nobody.
      if (
        !recipient ||
        suppressed.has(recipient.emailHash) ||
        send.status !== 'sent' ||
        answered.has(send.responseId) ||
        send.expiresAt - now < DAY_MS
      ) {
        await store.campaigns.recordReminder(send.id, { status: 'skipped', mail: null });
        continue;
      }
      const mail = this.mail(`mail_cr_${send.id}`, {
        campaign,
        site,
        survey,
        recipient,
        token: send.token,
        now,
        reminder: true,
      });
      await store.campaigns.recordReminder(send.id, { status: 'queued', mail });
      queued++;
    }
    return queued;
  }

  private mail(
    id: string,
    input: {
      campaign: Campaign;
      site: Site;
      survey: StoredSurvey;
      recipient: CampaignRecipient;
      token: string;
      now: number;
      reminder: boolean;
    },
  ): OutgoingMail {
    const { campaign, site, survey, recipient, token, now, reminder } = input;
    const { publicUrl } = this.options;
    const rendered = campaignMail({
      survey: widgetSurveyOf(survey),
      siteName: site.name,
      locale: surveyLocaleFor(survey.definition, recipient.locale),
      subject: campaign.subject,
      intro: campaign.intro,
      token,
      baseUrl: publicUrl,
      unsubscribeUrl: campaignUnsubscribeUrl(publicUrl, recipient.unsubscribeToken),
      reminder,
    });
    return {
      id,
      siteId: site.id,
      to: recipient.email,
      ...rendered,
      responseId: null,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      lastError: null,
      createdAt: now,
    };
  }
}
