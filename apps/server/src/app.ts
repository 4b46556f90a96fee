// createApp builds the whole HTTP app from its services. It reads no
// environment and opens no socket (src/server.ts does), so tests call
// app.request() on a fresh app with a real store.
import { OpenAPIHono } from '@hono/zod-openapi';
import { requestId } from 'hono/request-id';
import { AccountHousekeeping } from './accounts/housekeeping';
import { smtpMailer } from './accounts/mailer';
import { AlertScheduler } from './alerts/scheduler';
import { openApiDocument } from './api/document';
import { CampaignScheduler } from './campaigns/scheduler';
import { Catalog } from './catalog';
import type { Clock } from './clock';
import { type AppConfig, type AppEnv, defaultConfig, type Services } from './context';
import { DigestScheduler } from './digests/scheduler';
import { ApiError, problemResponse } from './errors';
import { WriteBatcher } from './ingest/write-batcher';
import { InstallRecorder } from './install-recorder';
import type { Logger } from './log';
import { MailOutboxDispatcher } from './mail/outbox-dispatcher';
import { compress } from './middleware/compress';
import { FixedWindowLimiter } from './middleware/rate-limit';
import { secretKeyAuth } from './middleware/secret-key-auth';
import { securityHeaders } from './middleware/security-headers';
import { ClientIdHasher } from './privacy/client-id';
import { alertRoutes } from './routes/alerts';
import { apiDocsRoutes } from './routes/api-docs';
import { atRiskRoutes } from './routes/at-risk';
import { campaignRoutes } from './routes/campaigns';
import { dashboardAssetRoutes } from './routes/dashboard-assets';
import { digestRoutes } from './routes/digests';
import { faviconRoutes } from './routes/favicon';
import { hostedSurveyRoutes } from './routes/hosted-survey';
import { keyRoutes } from './routes/keys';
import { linkRoutes } from './routes/links';
import { metricsRoutes } from './routes/metrics';
import { organizationRoutes } from './routes/organizations';
import { reasonsRoutes } from './routes/reasons';
import { responseExportRoutes } from './routes/response-exports';
import { responseRoutes } from './routes/responses';
import { sessionRoutes } from './routes/session';
import { siteRoutes } from './routes/site';
import { siteSurveyRoutes } from './routes/site-surveys';
import { ssoRoutes } from './routes/sso';
import { surveyRoutes } from './routes/surveys';
import { themesRoutes } from './routes/themes';
import { webhookRoutes } from './routes/webhooks';
import { widgetAssetRoutes } from './routes/widget-assets';
import type { ResponseWrite, Store, WriteOutcome } from './store/types';
import { WebhookDispatcher } from './webhooks/dispatcher';

export interface CreateAppOptions {
  store: Store;
  clock: Clock;
  log: Logger;
  config?: Partial<AppConfig>;
}

export type KoeApp = OpenAPIHono<AppEnv> & {
  services: Services;
  /** Stops taking responses and waits until every accepted one is committed. */
  drain(): Promise<void>;
};

export function createApp({ store, clock, log, config: overrides = {} }: CreateAppOptions): KoeApp {
  const config = { ...defaultConfig, ...overrides };
  // Started by the server (startServer); tests start it when they need deliveries.
  const webhooks = new WebhookDispatcher({
    store,
    clock,
    log,
    allowPrivate: config.webhookAllowPrivate,
    publicUrl: config.publicUrl,
    timeoutMs: config.webhookTimeoutMs,
    ...(config.webhookRetryDelaysMs && { retryDelaysMs: config.webhookRetryDelaysMs }),
  });
  const batcher = new WriteBatcher<ResponseWrite, WriteOutcome>({
    commit: async (writes) => {
      const outcomes = await store.writeResponses(writes, clock.now());
      webhooks.wake(); // the batch may have put events in the outbox
      return outcomes;
    },
    maxBatch: config.maxBatch,
    maxQueue: config.maxQueue,
  });
  const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : undefined;
  // Started by the server; tests drain it when they need the mails sent.
  const mailOutbox = mailer
    ? new MailOutboxDispatcher({
        store,
        clock,
        log,
        mailer,
        messageIdDomain: config.publicUrl ? new URL(config.publicUrl).hostname : 'koe.invalid',
      })
    : undefined;
  const alerts = new AlertScheduler({
    store,
    clock,
    log,
    mailEnabled: mailer !== undefined,
    publicUrl: config.publicUrl,
    intervalMs: config.alertIntervalMs,
    onEvents: () => {
      webhooks.wake();
      mailOutbox?.wake();
    },
  });
  const digests =
    mailOutbox && config.publicUrl
      ? new DigestScheduler({
          store,
          clock,
          log,
          publicUrl: config.publicUrl,
          onQueued: () => mailOutbox.wake(),
        })
      : undefined;
  const campaigns =
    mailOutbox && config.publicUrl
      ? new CampaignScheduler({
          store,
          clock,
          log,
          publicUrl: config.publicUrl,
          onQueued: () => mailOutbox.wake(),
        })
      : undefined;
  const services: Omit<Services, 'secretKey'> = {
    store,
    clock,
    log,
    config,
    catalog: new Catalog(store, clock),
    batcher,
    clientIds: new ClientIdHasher(clock),
    clientLimiter: new FixedWindowLimiter(
      { name: 'client', limit: config.clientRateLimit, windowSeconds: 60 },
      clock,
    ),
    siteLimiter: new FixedWindowLimiter(
      { name: 'site', limit: config.siteRateLimit, windowSeconds: 60 },
      clock,
    ),
    failedKeyLimiter: new FixedWindowLimiter(
      { name: 'failed-key', limit: config.failedKeyRateLimit, windowSeconds: 60 },
      clock,
    ),
    signInAccountLimiter: new FixedWindowLimiter(
      { name: 'sign-in-account', limit: config.signInAccountLimit, windowSeconds: 900 },
      clock,
    ),
    signInClientLimiter: new FixedWindowLimiter(
      { name: 'sign-in-client', limit: config.signInClientLimit, windowSeconds: 900 },
      clock,
    ),
    webhooks,
    mailer,
    alerts,
    digests,
    campaigns,
    mailOutbox,
    housekeeping: new AccountHousekeeping({
      store,
      clock,
      log,
      sessions: config.sessions,
      auditRetentionDays: config.auditRetentionDays,
    }),
    // Flushed every few seconds by the server (startServer); tests flush it when they need to.
    installs: new InstallRecorder({ store, clock, log }),
  };
  const withAuth: Services = { ...services, secretKey: secretKeyAuth(services) };

  const app = new OpenAPIHono<AppEnv>();
  app.use(requestId({ headerName: 'x-request-id' }));
  app.use(async function accessLog(c, next) {
    const start = performance.now();
    await next();
    const status = c.res.status;
    const entry = {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - start) * 10) / 10,
    };
    // 2xx at debug: an info line per response would cost real throughput at thousands per second.
    if (status >= 500) log.error(entry, 'request failed');
    else if (status >= 400) log.info(entry, 'request refused');
    else log.debug(entry, 'request');
  });

  app.use(securityHeaders());
  // The widget's answers to POST /v1/responses are a few dozen bytes: not even looked at.
  app.use(compress({ skip: (c) => c.req.method === 'POST' && c.req.path === '/v1/responses' }));

  // Each operation declares its own access (see api/route.ts): the secret-key
  // check and scope come from its `security`, as the document shows them.
  app.route('/v1', responseRoutes(withAuth));
  app.route('/v1', siteSurveyRoutes(withAuth));
  app.route('/v1', surveyRoutes(withAuth));
  app.route('/v1', metricsRoutes(withAuth));
  app.route('/v1', reasonsRoutes(withAuth));
  app.route('/v1', themesRoutes(withAuth));
  app.route('/v1', atRiskRoutes(withAuth));
  app.route('/v1', responseExportRoutes(withAuth));
  app.route('/v1', webhookRoutes(withAuth));
  app.route('/v1', alertRoutes(withAuth));
  app.route('/v1', digestRoutes(withAuth));
  app.route('/v1', campaignRoutes(withAuth));
  app.route('/v1', linkRoutes(withAuth));
  app.route('/v1', siteRoutes(withAuth));
  app.route('/v1', keyRoutes(withAuth));
  app.route('/v1', sessionRoutes(withAuth));
  app.route('/v1', organizationRoutes(withAuth));
  app.route('/v1', ssoRoutes(withAuth));
  app.route('/', widgetAssetRoutes(withAuth, config.widgetPath));
  app.route('/', hostedSurveyRoutes(withAuth));
  app.route(
    '/',
    apiDocsRoutes(withAuth, () => openApiDocument(app)),
  );
  app.route('/', dashboardAssetRoutes(config.dashboardPath));
  app.route('/', faviconRoutes());

  app.notFound(function notFound(c) {
    return problemResponse(
      new ApiError('not-found', `no route for ${c.req.method} ${c.req.path}`),
      c.get('requestId'),
    );
  });

  app.onError(function renderError(error, c) {
    const origin = c.req.header('origin');
    // Keep public answers readable by the page (see public-cors.ts) on errors too.
    const cors: Record<string, string> =
      c.req.path.startsWith('/v1/') && !c.req.header('authorization')
        ? { 'access-control-allow-origin': origin ?? '*', vary: 'Origin' }
        : {};
    if (error instanceof ApiError) return problemResponse(error, c.get('requestId'), cors);
    log.error({ err: error, requestId: c.get('requestId') }, 'unhandled error');
    return problemResponse(new ApiError('internal'), c.get('requestId'), cors);
  });

  return Object.assign(app, {
    services: withAuth,
    drain: async () => {
      await batcher.drain();
      await alerts.stop();
      await digests?.stop();
      await campaigns?.stop();
      await webhooks.stop();
      await mailOutbox?.stop();
      services.housekeeping.stop();
      await services.installs.stop();
    },
  });
}
