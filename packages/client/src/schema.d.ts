// Generated from koe's OpenAPI document by `npm run generate -w @koe/client`.
// Do not edit: change the route declarations in apps/server and regenerate.
export interface paths {
    "/v1/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an answer (the widget does this)
         * @description JSON sent as `text/plain` (a CORS simple request: no preflight, works while the page unloads) or `application/json`, at most 16 KiB. Answered 202 only after the row is committed. The `id` is chosen by the client: sending the same id again is 200 and never a second row; a partial answer (`finished: false`) may be completed under the same id.
         */
        post: operations["postResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/responses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Erase one response
         * @description Right to erasure: the row is deleted and taken out of every rollup in the same transaction, and its pending webhook events are dropped, so nothing computed afterwards contains it.
         */
        delete: operations["eraseResponse"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/respondents/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Erase everything one person answered
         * @description Right to erasure for an identified respondent: every answer of the site whose userId is this one (from the widget, personal links and emails) is erased as DELETE /v1/responses/{id} erases one, in every survey, and so are their places on campaign recipient lists and every mail of the site to their address. Erasing someone with no answers erases nothing and says so (erased: 0). To name the person by email address, POST /v1/respondents/erase.
         */
        delete: operations["eraseRespondent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{siteKey}/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The site's active surveys, as the widget needs them
         * @description Called by koe.js on each page load; cacheable for a minute (ETag, If-None-Match → 304). Refused for page origins the site does not allow.
         */
        get: operations["getWidgetSurveys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the site's surveys
         * @description Every survey of the key's site, in every status, oldest first.
         */
        get: operations["listSurveys"];
        put?: never;
        /**
         * Create a survey
         * @description New surveys are drafts unless `status` says otherwise; the widget shows only active ones. Follow-ups are keyed by bucket: detractor/passive/promoter for NPS, dissatisfied/neutral/satisfied for CSAT and CES.
         */
        post: operations["createSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One survey
         * @description The survey with every field, defaults filled in.
         */
        get: operations["getSurvey"];
        put?: never;
        post?: never;
        /**
         * Delete a survey and its responses
         * @description Deletes the survey, every response to it and their rollups. Cannot be undone.
         */
        delete: operations["deleteSurvey"];
        options?: never;
        head?: never;
        /**
         * Change a survey
         * @description Only the fields sent change; `null` removes an optional text (scaleLabels, thanks). The merged survey must still be valid. The type cannot change.
         */
        patch: operations["updateSurvey"];
        trace?: never;
    };
    "/v1/surveys/{id}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Score with its 95% interval; series, segments, comparison
         * @description The survey's metric over [from, to): NPS (−100…100, adjusted-Wald interval), CSAT (% answering 4–5, Wilson interval) or CES (mean of 1–7). Every number comes with its n; n = 0 gives nulls, never a made-up 0. Scales: nps 0–10, csat 1–5, ces 1–7. Methods: docs/statistics.md.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys/{id}/reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reason chips ranked by their impact on the score
         * @description For each reason chip over [from, to) and the filters: its share of answers (overall and within each bucket) with Wilson 95% intervals, the score of the answers citing it, and its impact — how many points the score would move if those answers scored like the others — with a 95% interval; sorted by impact. With compare=previous, each share against the period of the same length before from, with a p-value. Definitions: docs/statistics.md, "Reasons".
         */
        get: operations["getReasons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys/{id}/themes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What people say: the terms that set each bucket apart
         * @description For each bucket (detractors, passives, promoters; or dissatisfied, neutral, satisfied) over [from, to) and the filters: the words and two-word phrases its comments use more than the other buckets' comments, by the weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008); only terms with z ≥ 1.96, highest first, each with counts and up to three recent example answers. Japanese, Chinese and Korean are split into words by Intl.Segmenter. Definitions: docs/statistics.md, "Themes".
         */
        get: operations["getThemes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys/{id}/at-risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Identified respondents at risk, by two stated rules
         * @description Respondents with a userId whose latest answer to the survey was received in [from, to), passes the filters and meets a rule: the respondent's latest answer is in the worst bucket: NPS detractor (0–6), CSAT dissatisfied (1–2), CES dissatisfied (1–3); or the respondent's latest answer is 3 or more scale points below their previous answer to the same survey. Newest first, with that answer (comment, reasons, attributes) and the one before it; cursor-paged. Rules: docs/statistics.md, "Who is at risk".
         */
        get: operations["getAtRisk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Responses, a page at a time
         * @description Ordered by (receivedAt, id). The cursor is stable: no row is skipped or repeated while new answers arrive. Pass nextCursor as cursor for the next page; null means this was the last.
         */
        get: operations["listResponses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys/{id}/responses.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every response as CSV
         * @description Every matching response, streamed page by page (memory stays flat for millions of rows). The query is validated before the first byte; if reading fails after that, the connection is cut so the file cannot be mistaken for a complete one. RFC 4180, UTF-8; cells a spreadsheet would run as a formula (starting with = + - @) are prefixed with an apostrophe.
         */
        get: operations["exportResponsesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys/{id}/responses.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every response as newline-delimited JSON
         * @description Every matching response, streamed page by page (memory stays flat for millions of rows). The query is validated before the first byte; if reading fails after that, the connection is cut so the file cannot be mistaken for a complete one. One Response object per line.
         */
        get: operations["exportResponsesNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The site's webhook endpoints
         * @description Every endpoint of the key's site. Secrets are never listed.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Add an endpoint
         * @description Events are signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature) with the whsec_ secret in this answer, shown only here and on rotation. Filters: surveyIds and buckets (e.g. only detractors). Format slack posts a Slack incoming-webhook message instead.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One endpoint
         * @description The endpoint without its secret.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Remove an endpoint
         * @description Removes the endpoint, its pending events and its delivery log.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change an endpoint
         * @description Only the fields sent change. `status: "paused"` stops sending: events keep being queued and wait, and nothing is attempted until `status: "active"`, which also re-enables an endpoint marked failing after it used up its retries.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the signing secret
         * @description The answer holds the new secret, shown only here. For a day each delivery carries signatures by both the new and the old secret, so receivers can switch without dropping events.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An endpoint's delivery log
         * @description The newest deliveries, each with every attempt: time, HTTP status, latency and error. Finished deliveries are kept 30 days.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The site's alert rules
         * @description Every rule of the site, with what is firing now.
         */
        get: operations["listAlerts"];
        put?: never;
        /**
         * Add an alert rule
         * @description score-drop: the score over the recent days is lower than over the baseline before them (one-sided p below alpha, at least minAnswers in each window, on two evaluations running); one alert per episode, then an all clear. With groupBy, every segment is watched and the false discovery rate across segments held at alpha. volume: a day far below the same weekdays before, or whole hours without answers when answers usually come. keyword: a new comment names one of the words. Events go to webhooks subscribed to alert.triggered / alert.resolved and to the emails listed (with SMTP). The defaults and their measured false-alert rate: docs/statistics.md.
         */
        post: operations["createAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One alert rule
         * @description The rule, with what is firing now and the latest window evaluated.
         */
        get: operations["getAlert"];
        put?: never;
        post?: never;
        /**
         * Remove an alert rule
         * @description Removes the rule and its events; messages already queued are still sent.
         */
        delete: operations["deleteAlert"];
        options?: never;
        head?: never;
        /**
         * Change an alert rule
         * @description Only the fields sent change (null clears name, filters or groupBy); settings are replaced whole and checked as on create. `status: "paused"` stops evaluating; a rule resumed later starts from the latest window and from answers arriving after it resumed (it does not replay the pause).
         */
        patch: operations["updateAlert"];
        trace?: never;
    };
    "/v1/alerts/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A rule's alerts and all clears
         * @description The newest events first, each with its one-line summary and the figures of its test.
         */
        get: operations["listAlertEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/digests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The site's scheduled digests
         * @description Every digest of the site: who gets it, how often, when the next is due.
         */
        get: operations["listDigests"];
        put?: never;
        /**
         * Email a survey digest every week or month
         * @description Sent at the hour asked for in the recipient's zone, right after each week (Monday) or month (the 1st) ends there: the score with its interval and n against the period before (a change is called one only when significant), the top reasons by impact, three recent comments and an 8-week or 6-month trend. Each carries a one-click unsubscribe link (List-Unsubscribe, RFC 8058). Needs SMTP and KOE_PUBLIC_URL.
         */
        post: operations["createDigest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/digests/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The unsubscribe page of a digest
         * @description A page with one button that unsubscribes (a link checker following the link unsubscribes nobody).
         */
        get: operations["showDigestUnsubscribe"];
        put?: never;
        /**
         * Unsubscribe from a digest (one click)
         * @description What mail clients POST for List-Unsubscribe-Post (RFC 8058), and the page’s button. Answers the same page for a token that is not known (or already used), so tokens cannot be probed; nothing more is sent to that digest.
         */
        post: operations["unsubscribeDigest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/digests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One digest
         * @description The digest, with the latest period sent and when the next is due.
         */
        get: operations["getDigest"];
        put?: never;
        post?: never;
        /**
         * Stop a digest
         * @description Removes the digest; a mail already queued is still sent.
         */
        delete: operations["deleteDigest"];
        options?: never;
        head?: never;
        /**
         * Change when a digest is sent
         * @description Only the fields sent change; the next due time follows. The address cannot change (make a new digest), and an unsubscribed digest stays unsubscribed.
         */
        patch: operations["updateDigest"];
        trace?: never;
    };
    "/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The site's survey emails
         * @description Every campaign of the site (or of one survey), with its schedule and how many recipients are waiting, were sent, answered or unsubscribed.
         */
        get: operations["listCampaigns"];
        put?: never;
        /**
         * Email a survey to a list, once or every quarter or year
         * @description A relationship survey by email: the survey's first question inside the email, its scale as each recipient's personal links (one answer per email, a click stores the score). Made as a draft: add recipients, then PATCH status active. Each round goes at `hour` in each recipient's zone, at most perMinute emails a minute, with one reminder to whoever has not answered. Every email carries a one-click unsubscribe link (RFC 8058), honoured by every later email of the site. Needs SMTP and KOE_PUBLIC_URL.
         */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The unsubscribe page of a survey email
         * @description A page with one button that unsubscribes (a link checker following the link unsubscribes nobody).
         */
        get: operations["showCampaignUnsubscribe"];
        put?: never;
        /**
         * Unsubscribe from survey emails (one click)
         * @description What mail clients POST for List-Unsubscribe-Post (RFC 8058), and the page’s button. The address gets no later email of any campaign of the site, and no reminder. Answers the same page for a token that is not known, so tokens cannot be probed.
         */
        post: operations["unsubscribeCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One campaign
         * @description The campaign, its next round, and its recipients counted by status.
         */
        get: operations["getCampaign"];
        put?: never;
        post?: never;
        /**
         * Delete a campaign and its recipient list
         * @description Removes the campaign, its recipients’ addresses, and its emails not yet sent. The answers it brought stay (erase a person to remove theirs).
         */
        delete: operations["deleteCampaign"];
        options?: never;
        head?: never;
        /**
         * Start, pause or change a campaign
         * @description Only the fields sent change. status active starts a draft (a first round without a startDate goes at once) or resumes a paused one; paused stops sending until resumed. A resumed campaign sends the round due now, not the ones it missed. Changes of hour, zone, reminder, throttle, subject and intro apply to the emails still to come; repeat and startDate are fixed once started (400).
         */
        patch: operations["updateCampaign"];
        trace?: never;
    };
    "/v1/campaigns/{id}/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The recipients and the state of their latest email
         * @description A page of recipients in a stable order, each with the state of their latest email (waiting, queued, sent, failed, answered, unsubscribed) and of its reminder. Addresses are personal data: a write key or an editor.
         */
        get: operations["listCampaignRecipients"];
        put?: never;
        /**
         * Add recipients (JSON or CSV)
         * @description Up to 10,000 recipients at a time, 100,000 on a list. An address already on the list (compared without case) has its details replaced. All or nothing: one malformed row refuses the upload, naming every such row (rows.N is the CSV's Nth record counting the header as 1, its line unless a quoted cell above spans lines; or recipients.N). Recipients added while a round is going get it at once; an address that unsubscribed gets nothing.
         */
        post: operations["addCampaignRecipients"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/recipients/{recipientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a recipient (and their address)
         * @description The recipient’s address and emails go (one not yet sent is not sent); their answers stay. To erase a person everywhere, POST /v1/respondents/erase.
         */
        delete: operations["deleteCampaignRecipient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/respondents/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a person by email address or userId
         * @description Right to erasure: every answer of the site the person gave (by their userId, and by their campaign emails’ links), their places on every recipient list, and every mail of the site to their address are erased. An address that unsubscribed stays unsubscribed (only a hash of it is kept). The address travels in the body, not the URL, so access logs never hold it.
         */
        post: operations["erasePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Personal links to the hosted survey
         * @description One URL per recipient, carrying a token signed with the site’s link secret: the token, not the query string, supplies the userId and attributes; every click of one link is the same answer (its id comes from the token). An expired or altered link gets a page saying so and a 4xx, and stores nothing. Links use KOE_PUBLIC_URL when set.
         */
        post: operations["createSurveyLinks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys/{id}/email-snippet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The first question, to paste into an email
         * @description HTML (tables and inline styles, for Gmail, Outlook and Apple Mail) and plain text with the scale as links to the hosted page (/s/{id}?score=N). With userId, the links carry that recipient’s personal token (as POST …/links makes), so a click stores the score at once as their partial answer and opens the follow-up; making one needs what POST …/links needs (a write key or an editor). Without userId, the links are anonymous and the score is stored when the page is answered.
         */
        get: operations["getSurveyEmailSnippet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys/{id}/qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A QR code of the survey’s link
         * @description For printed and in-store touchpoints: the hosted page’s anonymous link (channel link), as SVG or PNG.
         */
        get: operations["getSurveyQrCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/site/link-secret/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the secret personal links are signed with
         * @description Links made from now on use the new secret; links made before keep working for a day, then answer as altered. Rotate when links were shared where they should not be.
         */
        post: operations["rotateLinkSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/site": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The key's site
         * @description The site the secret key belongs to, with its publishable key for the snippet.
         */
        get: operations["getSite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename the site or change its allowed origins
         * @description Only the fields sent change; `origins` replaces the whole list. Each origin is scheme, host and port (`https://shop.example`, `http://localhost:3000`), a wildcard for subdomains (`https://*.example.com`) or `*`; entries are normalised (case, default port, trailing slash) and repeats dropped. A page URL with a path, a missing or mistyped scheme, credentials or a bare `*.com` is refused with one issue per entry saying what to write instead. This server sees the change at once; other processes on the same database within 5 seconds.
         */
        patch: operations["updateSite"];
        trace?: never;
    };
    "/v1/site/installs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the widget is installed: origins seen, allowed or refused
         * @description Each page origin that fetched the site's surveys (what koe.js does on page load), whether the site's origins allowed it, when first and last, and how often — most recently seen first. Nothing about visitors. A refused origin is a page with the snippet whose origin the site does not list: add it with PATCH /v1/site. Counts reach this list within seconds; browsers cache the surveys for a minute, so counts are fetches, not page views. At most the 100 most recent origins per verdict are kept.
         */
        get: operations["listSiteInstalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The site's secret keys
         * @description Every key of the site that is not revoked, oldest first: name, prefix, scope, when it was made and last used (to the minute). Never the secret. `current` marks the key of this request. Needs a write key: which keys exist is an administrator's business.
         */
        get: operations["listKeys"];
        put?: never;
        /**
         * Make a secret key
         * @description A read key reads (metrics, responses, exports); a write key also changes surveys, webhooks and the site. The answer holds the secret (`sk_…`), shown only here: koe keeps only its hash.
         */
        post: operations["createKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a secret key
         * @description The key stops working at once, in every server process. A key may revoke itself. The site's last write key cannot be revoked (409 `last-write-key`): make another write key first, so the site is never locked out.
         */
        delete: operations["revokeKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Sets the session cookie (HttpOnly, SameSite=Lax, Secure and `__Host-` on https). A session ends after 7 days without use or 30 days after sign-in, at sign-out, or when the password changes. The same 401 answers an unknown email and a wrong password.
         */
        post: operations["signIn"];
        /**
         * Sign out (this session)
         * @description Ends the session of the cookie sent and clears the cookie; other sessions go on.
         */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in member: organizations, roles, sites, CSRF token
         * @description The member's organizations with their role, what that role may do (`permissions`) and the organization's sites; `csrfToken` goes into X-CSRF-Token on every change made with the cookie.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password (other sessions end)
         * @description Needs the current password (rate-limited like sign-in). Every other session of the member ends; this one goes on.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start turning on two-factor sign-in (TOTP)
         * @description Needs the password again. Answers a new secret for an authenticator app (and its otpauth:// link); two-factor is on only once a code from it is confirmed.
         */
        post: operations["startTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/two-factor/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn two-factor on with a code from the app
         * @description The answer holds ten recovery codes, shown only now: each signs in once in place of a code (a lost phone).
         */
        post: operations["confirmTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/two-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn two-factor off
         * @description Needs the password again; the secret and the recovery codes are forgotten.
         */
        post: operations["disableTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Sign out everywhere (every session of the member, this one included)
         * @description For a lost laptop or a shared computer: every session of the member ends at once.
         */
        delete: operations["signOutEverywhere"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a password reset link
         * @description Answers 202 whether or not the email has an account (and sends the link, valid for an hour, only when it has). Needs SMTP (KOE_SMTP_URL); without it, whoever runs koe resets passwords with `koe users reset-password`.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/password-reset/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the emailed link
         * @description The link works once. Every session of the account ends; sign in with the new password.
         */
        post: operations["completePasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * First run: create the owner with the setup link
         * @description On an install without accounts the server prints a one-time setup link (`/app/setup?token=…`). Its token creates the first account, owner of a new organization that takes every site made before. The member is signed in.
         */
        post: operations["completeSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{organizationId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organization's members and roles
         * @description Any member may see who else is in the organization.
         */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{organizationId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member (owners; anyone may leave)
         * @description Owners remove anyone; any member may remove themselves (leave). The last owner can do neither.
         */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /**
         * Change a member's role (owners)
         * @description Owners only. The last owner cannot be made anything else: make another member owner first.
         */
        patch: operations["changeMemberRole"];
        trace?: never;
    };
    "/v1/organizations/{organizationId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Invitations not yet accepted (owners)
         * @description Newest first, expired ones included until withdrawn; links are never shown again.
         */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite someone (owners): a link, shown once
         * @description The answer carries the `url` to hand over; only its hash is kept. It works once, until it expires (7 days unless `expiresInDays`). With an `email`, only an account with that email can accept it.
         */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{organizationId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Withdraw an invitation (owners)
         * @description Its link stops working at once.
         */
        delete: operations["deleteInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an invitation link offers (the accept page)
         * @description Anyone holding the link may see the organization, the role and the email it is for; nothing else.
         */
        get: operations["previewInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join with the signed-in account
         * @description The invitation joins the account of the session; an invitation naming an email needs an account with that email.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations/{token}/sign-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join as a new account (and be signed in)
         * @description Creates the account (password rules as everywhere: 8 to 256 characters), joins it to the organization with the invited role and signs it in.
         */
        post: operations["signUpWithInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{organizationId}/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a site to the organization (admins)
         * @description A site is one place the widget runs (a shop, an app) with its allowed page origins. The answer carries its publishable key for the snippet. Secret keys for the REST API are made afterwards (POST /v1/keys), by an admin who chooses their scope.
         */
        post: operations["createSite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who did what and when (admins), newest first
         * @description Sign-ins, member and role changes, invitations, key creation and revocation, survey changes, webhook changes, erasures and exports. Kept 400 days unless configured otherwise (KOE_AUDIT_RETENTION_DAYS).
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{organizationId}/sso": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organization's single sign-on (owners)
         * @description The provider, the auto-join rule, the sign-in link to share and the redirect URI to register; never the client secret.
         */
        get: operations["getSso"];
        /**
         * Connect an OpenID Connect provider (owners)
         * @description Google Workspace, Entra ID, Okta, Keycloak…: the issuer URL, and the client id and secret of a client registered there with the redirect URI this answer names. The provider's discovery document is read before saving, so a wrong issuer is refused now, not at the first sign-in. With `autoJoinDomain`, a new person whose verified email is at that domain joins at `autoJoinRole` on their first sign-in; without it only people linked before sign in.
         */
        put: operations["setSso"];
        post?: never;
        /**
         * Disconnect the provider (owners)
         * @description Sign-in through the provider stops at once; sessions it opened run to their end.
         */
        delete: operations["deleteSso"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sso/{organizationId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sign in through the organization's provider
         * @description Sends the browser to the provider (authorization code flow with PKCE, state and nonce); the flow lasts 10 minutes.
         */
        get: operations["startSso"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sso/{organizationId}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the provider sends the browser back
         * @description Checks the flow (state, PKCE, nonce, the ID token: signature, issuer, audience, expiry), signs the member in and goes to /app; any refusal goes to /app?sso_error=state|code|token|provider|email|account-exists|not-member instead, and signs nobody in.
         */
        get: operations["finishSso"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/koe.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The widget script for the snippet
         * @description The loader a site pastes into its pages with the publishable key in data-site (see the snippet in the README), at most 2 KB gzip, brotli- or gzip-compressed per Accept-Encoding. It adds koe-ui.js from beside itself only when a survey may show. Cached for a day and revalidated by ETag (one per encoding); CORS * so it can be served from a CDN.
         */
        get: operations["getWidgetScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/koe-ui.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The widget's UI, loaded when a survey is about to show
         * @description koe.js adds this script, from beside itself and with the page's CSP nonce, when a survey is about to show, or when the page is idle and an armed trigger could show one; pages where no survey can show never load it. A CDN serving koe.js serves this file beside it. Cached and revalidated like koe.js.
         */
        get: operations["getWidgetUi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/koe-explain.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The widget's console messages, loaded when needed
         * @description koe.js adds this script from its host only when something needs explaining in the browser console: a setup problem (unknown key or survey, origin not allowed, answers failing) or debug mode. Cached and revalidated like koe.js.
         */
        get: operations["getWidgetExplainer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/s/{surveyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The survey as a page of its own
         * @description For shared links, QR codes, emails and app WebViews: the survey full page, mobile first, in its languages, with the site’s name and the survey’s accent. `t`: a personal link’s token (POST /v1/surveys/{id}/links). `score`: a score link from the email snippet: the page opens at the follow-up with it chosen and its script stores it at once as a partial answer (with a token, the same answer on every click until it is finished); the GET itself stores nothing, so mail scanners answer nothing. Answers record their channel: email for score links and emailed tokens, link otherwise.
         */
        get: operations["showHostedSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This document
         * @description The OpenAPI 3.1 description of every operation, generated from the route declarations.
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details */
        Problem: {
            /** @description urn:koe:problem:<code> */
            type: string;
            /**
             * @description stable machine-readable code; never changes meaning
             * @enum {string}
             */
            code: "invalid-body" | "invalid-json" | "invalid-query" | "unauthorized" | "not-signed-in" | "sign-in-failed" | "two-factor-required" | "forbidden" | "csrf-refused" | "site-required" | "setup-closed" | "invitation-not-found" | "member-not-found" | "last-owner" | "email-not-configured" | "reset-link-invalid" | "email-taken" | "origin-not-allowed" | "site-not-found" | "survey-not-found" | "response-not-found" | "webhook-not-found" | "alert-not-found" | "too-many-alerts" | "digest-not-found" | "link-invalid" | "link-expired" | "too-many-digests" | "campaign-not-found" | "recipient-not-found" | "too-many-campaigns" | "too-many-recipients" | "key-not-found" | "webhook-target-forbidden" | "not-found" | "method-not-allowed" | "survey-not-active" | "last-write-key" | "response-conflict" | "body-too-large" | "unsupported-media-type" | "rate-limited" | "server-busy" | "shutting-down" | "storage-unavailable" | "internal";
            /** @description a fixed sentence per code */
            title: string;
            status: number;
            /** @description what was wrong with this request */
            detail?: string;
            /** @description one entry per invalid field: "score", "followUp.promoter.reasons.0.id", … */
            issues?: {
                field: string;
                message: string;
            }[];
            /** @description the x-request-id of this request, for logs */
            requestId?: string;
        };
        ResponseInput: {
            /** Format: uuid */
            id: string;
            siteKey: string;
            surveyId: string;
            /** @description the answer: 0–10 for NPS, 1–5 for CSAT, 1–7 for CES (checked against the survey) */
            score: number;
            reasons?: string[];
            comment?: string;
            touchpoint?: string;
            /**
             * @description how the answer came: web (the widget, the default), link or email (the hosted page)
             * @enum {string}
             */
            channel?: "web" | "link" | "email";
            /** @description a personal link's token (POST /v1/surveys/{id}/links): it, not the body, gives the answer's id, userId, attributes and channel */
            linkToken?: string;
            attributes?: {
                [key: string]: string | number | boolean;
            };
            userId?: string;
            locale?: string;
            url?: string;
            /** @default true */
            finished?: boolean;
        };
        RespondentErasure: {
            /** @description answers erased */
            erased: number;
            /** @description places on campaign recipient lists removed (their addresses with them) */
            recipients: number;
        };
        WidgetConfig: {
            /** @description the active surveys, as the widget shows them */
            data: components["schemas"]["WidgetSurvey"][];
            /** @description the site's draft, paused and archived surveys, so the widget can say why it does not show one */
            inactive: components["schemas"]["InactiveSurvey"][];
        };
        WidgetSurvey: {
            id: string;
            /** @enum {string} */
            type: "nps" | "csat" | "ces";
            defaultLocale: string;
            question: {
                [key: string]: string;
            };
            scaleLabels?: {
                low: {
                    [key: string]: string;
                };
                high: {
                    [key: string]: string;
                };
            };
            thanks?: {
                [key: string]: string;
            };
            /** @enum {string} */
            csatDisplay: "number" | "smiley" | "star";
            followUp: {
                [key: string]: {
                    question: {
                        [key: string]: string;
                    };
                    reasons: {
                        id: string;
                        label: {
                            [key: string]: string;
                        };
                    }[];
                    /** @enum {string} */
                    comment: "optional" | "none";
                    commentPlaceholder?: {
                        [key: string]: string;
                    };
                };
            };
            trigger: {
                /** @enum {string} */
                on: "manual";
                urls: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    negate: boolean;
                }[];
                delaySeconds: number;
            } | {
                /** @enum {string} */
                on: "pageview";
                urls: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    negate: boolean;
                }[];
                delaySeconds: number;
            } | {
                /** @enum {string} */
                on: "event";
                event: string;
                urls: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    negate: boolean;
                }[];
                delaySeconds: number;
            } | {
                /** @enum {string} */
                on: "click";
                selector: string;
                urls: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    negate: boolean;
                }[];
                delaySeconds: number;
            } | {
                /** @enum {string} */
                on: "scroll";
                percent: number;
                urls: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    negate: boolean;
                }[];
                delaySeconds: number;
            } | {
                /** @enum {string} */
                on: "exitIntent";
                urls: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    negate: boolean;
                }[];
                delaySeconds: number;
            };
            sampleRate: number;
            recontactDays: number;
            /** @enum {string} */
            placement: "bottom-right" | "bottom-left" | "center" | "inline";
            theme: {
                accent: string;
                radius: number;
                /** @enum {string} */
                mode: "auto" | "light" | "dark";
                /** @enum {string} */
                font: "system" | "inherit";
            };
            thanksSeconds: number;
            /** @description the widget's words for each locale the survey's question has (English where koe has none) */
            words: {
                [key: string]: {
                    close: string;
                    send: string;
                    comment: string;
                    thanks: string;
                    low: string;
                    high: string;
                    unhappy: string;
                    happy: string;
                    disagree: string;
                    agree: string;
                };
            };
        };
        InactiveSurvey: {
            id: string;
            /** @enum {string} */
            status: "draft" | "paused" | "archived";
        };
        Survey: {
            id: string;
            siteId: string;
            name: string;
            /** @enum {string} */
            type: "nps" | "csat" | "ces";
            /** @enum {string} */
            status: "draft" | "active" | "paused" | "archived";
            defaultLocale: string;
            question: {
                [key: string]: string;
            };
            scaleLabels?: {
                low: {
                    [key: string]: string;
                };
                high: {
                    [key: string]: string;
                };
            };
            thanks?: {
                [key: string]: string;
            };
            /** @enum {string} */
            csatDisplay: "number" | "smiley" | "star";
            followUp: {
                [key: string]: {
                    question: {
                        [key: string]: string;
                    };
                    reasons: {
                        id: string;
                        label: {
                            [key: string]: string;
                        };
                    }[];
                    /** @enum {string} */
                    comment: "optional" | "none";
                    commentPlaceholder?: {
                        [key: string]: string;
                    };
                };
            };
            trigger: {
                /** @enum {string} */
                on: "manual";
                urls: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    negate: boolean;
                }[];
                delaySeconds: number;
            } | {
                /** @enum {string} */
                on: "pageview";
                urls: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    negate: boolean;
                }[];
                delaySeconds: number;
            } | {
                /** @enum {string} */
                on: "event";
                event: string;
                urls: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    negate: boolean;
                }[];
                delaySeconds: number;
            } | {
                /** @enum {string} */
                on: "click";
                selector: string;
                urls: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    negate: boolean;
                }[];
                delaySeconds: number;
            } | {
                /** @enum {string} */
                on: "scroll";
                percent: number;
                urls: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    negate: boolean;
                }[];
                delaySeconds: number;
            } | {
                /** @enum {string} */
                on: "exitIntent";
                urls: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    negate: boolean;
                }[];
                delaySeconds: number;
            };
            sampleRate: number;
            recontactDays: number;
            /** @enum {string} */
            placement: "bottom-right" | "bottom-left" | "center" | "inline";
            theme: {
                accent: string;
                radius: number;
                /** @enum {string} */
                mode: "auto" | "light" | "dark";
                /** @enum {string} */
                font: "system" | "inherit";
            };
            thanksSeconds: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SurveyInput: {
            name: string;
            /** @enum {string} */
            type: "nps" | "csat" | "ces";
            /**
             * @default draft
             * @enum {string}
             */
            status?: "draft" | "active" | "paused" | "archived";
            /** @default en */
            defaultLocale?: string;
            question: {
                [key: string]: string;
            };
            scaleLabels?: {
                low: {
                    [key: string]: string;
                };
                high: {
                    [key: string]: string;
                };
            };
            thanks?: {
                [key: string]: string;
            };
            /**
             * @default number
             * @enum {string}
             */
            csatDisplay?: "number" | "smiley" | "star";
            /** @default {} */
            followUp?: {
                [key: string]: {
                    question: {
                        [key: string]: string;
                    };
                    /** @default [] */
                    reasons?: {
                        id: string;
                        label: {
                            [key: string]: string;
                        };
                    }[];
                    /**
                     * @default optional
                     * @enum {string}
                     */
                    comment?: "optional" | "none";
                    commentPlaceholder?: {
                        [key: string]: string;
                    };
                };
            };
            /**
             * @default {
             *       "on": "manual",
             *       "urls": [],
             *       "delaySeconds": 0
             *     }
             */
            trigger?: {
                /** @enum {string} */
                on: "manual";
                /** @default [] */
                urls?: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    /** @default false */
                    negate?: boolean;
                }[];
                /** @default 0 */
                delaySeconds?: number;
            } | {
                /** @enum {string} */
                on: "pageview";
                /** @default [] */
                urls?: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    /** @default false */
                    negate?: boolean;
                }[];
                /** @default 0 */
                delaySeconds?: number;
            } | {
                /** @enum {string} */
                on: "event";
                event: string;
                /** @default [] */
                urls?: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    /** @default false */
                    negate?: boolean;
                }[];
                /** @default 0 */
                delaySeconds?: number;
            } | {
                /** @enum {string} */
                on: "click";
                selector: string;
                /** @default [] */
                urls?: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    /** @default false */
                    negate?: boolean;
                }[];
                /** @default 0 */
                delaySeconds?: number;
            } | {
                /** @enum {string} */
                on: "scroll";
                percent: number;
                /** @default [] */
                urls?: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    /** @default false */
                    negate?: boolean;
                }[];
                /** @default 0 */
                delaySeconds?: number;
            } | {
                /** @enum {string} */
                on: "exitIntent";
                /** @default [] */
                urls?: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    /** @default false */
                    negate?: boolean;
                }[];
                /** @default 0 */
                delaySeconds?: number;
            };
            /** @default 1 */
            sampleRate?: number;
            /** @default 90 */
            recontactDays?: number;
            /**
             * @default bottom-right
             * @enum {string}
             */
            placement?: "bottom-right" | "bottom-left" | "center" | "inline";
            /**
             * @default {
             *       "accent": "#4f46e5",
             *       "radius": 12,
             *       "mode": "auto",
             *       "font": "system"
             *     }
             */
            theme?: {
                /** @default #4f46e5 */
                accent?: string;
                /** @default 12 */
                radius?: number;
                /**
                 * @default auto
                 * @enum {string}
                 */
                mode?: "auto" | "light" | "dark";
                /**
                 * @default system
                 * @enum {string}
                 */
                font?: "system" | "inherit";
            };
            /** @default 3 */
            thanksSeconds?: number;
        };
        /** @description any subset of fields; null removes an optional text; the type cannot change */
        SurveyPatch: {
            name?: string;
            /** @enum {string} */
            status?: "draft" | "active" | "paused" | "archived";
            defaultLocale?: string;
            question?: {
                [key: string]: string;
            };
            scaleLabels?: {
                low: {
                    [key: string]: string;
                };
                high: {
                    [key: string]: string;
                };
            } | null;
            thanks?: {
                [key: string]: string;
            } | null;
            /** @enum {string} */
            csatDisplay?: "number" | "smiley" | "star";
            followUp?: {
                [key: string]: {
                    question: {
                        [key: string]: string;
                    };
                    /** @default [] */
                    reasons?: {
                        id: string;
                        label: {
                            [key: string]: string;
                        };
                    }[];
                    /**
                     * @default optional
                     * @enum {string}
                     */
                    comment?: "optional" | "none";
                    commentPlaceholder?: {
                        [key: string]: string;
                    };
                };
            };
            trigger?: {
                /** @enum {string} */
                on: "manual";
                /** @default [] */
                urls?: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    /** @default false */
                    negate?: boolean;
                }[];
                /** @default 0 */
                delaySeconds?: number;
            } | {
                /** @enum {string} */
                on: "pageview";
                /** @default [] */
                urls?: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    /** @default false */
                    negate?: boolean;
                }[];
                /** @default 0 */
                delaySeconds?: number;
            } | {
                /** @enum {string} */
                on: "event";
                event: string;
                /** @default [] */
                urls?: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    /** @default false */
                    negate?: boolean;
                }[];
                /** @default 0 */
                delaySeconds?: number;
            } | {
                /** @enum {string} */
                on: "click";
                selector: string;
                /** @default [] */
                urls?: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    /** @default false */
                    negate?: boolean;
                }[];
                /** @default 0 */
                delaySeconds?: number;
            } | {
                /** @enum {string} */
                on: "scroll";
                percent: number;
                /** @default [] */
                urls?: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    /** @default false */
                    negate?: boolean;
                }[];
                /** @default 0 */
                delaySeconds?: number;
            } | {
                /** @enum {string} */
                on: "exitIntent";
                /** @default [] */
                urls?: {
                    /** @enum {string} */
                    match: "exact" | "contains" | "startsWith" | "regex";
                    value: string;
                    /** @default false */
                    negate?: boolean;
                }[];
                /** @default 0 */
                delaySeconds?: number;
            };
            sampleRate?: number;
            recontactDays?: number;
            /** @enum {string} */
            placement?: "bottom-right" | "bottom-left" | "center" | "inline";
            theme?: {
                /** @default #4f46e5 */
                accent?: string;
                /** @default 12 */
                radius?: number;
                /**
                 * @default auto
                 * @enum {string}
                 */
                mode?: "auto" | "light" | "dark";
                /**
                 * @default system
                 * @enum {string}
                 */
                font?: "system" | "inherit";
            };
            thanksSeconds?: number;
        };
        Metrics: {
            /** @enum {string} */
            metric: "nps";
            /** @description number of answers */
            n: number;
            /** @description null when n = 0 */
            score: number | null;
            /** @description null only when n = 0; methods and their measured coverage: docs/statistics.md */
            ci95: [
                number,
                number
            ] | null;
            /** @description true when n is below the threshold from which the 95% interval proved reliable in koe's coverage study (NPS 20, CSAT 20, CES 20; docs/statistics.md) */
            lowN: boolean;
            /** @description answer counts per scale point, lowest score first */
            distribution: number[];
            promoters: {
                count: number;
                /** @description percent of n; null when n = 0 */
                percent: number | null;
            };
            passives: {
                count: number;
                /** @description percent of n; null when n = 0 */
                percent: number | null;
            };
            detractors: {
                count: number;
                /** @description percent of n; null when n = 0 */
                percent: number | null;
            };
            /**
             * Format: date-time
             * @description start of the range (inclusive); null: all time, from the first answer
             */
            from: string | null;
            /**
             * Format: date-time
             * @description end of the range (exclusive)
             */
            to: string;
            /** @description with interval: local days, ISO weeks or months of tz covering exactly the range of the headline, so the points sum to its n */
            series?: components["schemas"]["SeriesPoint"][];
            /** @description with groupBy: the metric per segment, largest n first, at most 100 */
            groups?: components["schemas"]["Segment"][];
            previous?: components["schemas"]["PreviousPeriod"];
        } | {
            /** @enum {string} */
            metric: "csat";
            /** @description number of answers */
            n: number;
            /** @description null when n = 0 */
            score: number | null;
            /** @description null only when n = 0; methods and their measured coverage: docs/statistics.md */
            ci95: [
                number,
                number
            ] | null;
            /** @description true when n is below the threshold from which the 95% interval proved reliable in koe's coverage study (NPS 20, CSAT 20, CES 20; docs/statistics.md) */
            lowN: boolean;
            /** @description answer counts per scale point, lowest score first */
            distribution: number[];
            mean: number | null;
            /**
             * Format: date-time
             * @description start of the range (inclusive); null: all time, from the first answer
             */
            from: string | null;
            /**
             * Format: date-time
             * @description end of the range (exclusive)
             */
            to: string;
            /** @description with interval: local days, ISO weeks or months of tz covering exactly the range of the headline, so the points sum to its n */
            series?: components["schemas"]["SeriesPoint"][];
            /** @description with groupBy: the metric per segment, largest n first, at most 100 */
            groups?: components["schemas"]["Segment"][];
            previous?: components["schemas"]["PreviousPeriod"];
        } | {
            /** @enum {string} */
            metric: "ces";
            /** @description number of answers */
            n: number;
            /** @description null when n = 0 */
            score: number | null;
            /** @description null only when n = 0; methods and their measured coverage: docs/statistics.md */
            ci95: [
                number,
                number
            ] | null;
            /** @description true when n is below the threshold from which the 95% interval proved reliable in koe's coverage study (NPS 20, CSAT 20, CES 20; docs/statistics.md) */
            lowN: boolean;
            /** @description answer counts per scale point, lowest score first */
            distribution: number[];
            percentAgree: number | null;
            /**
             * Format: date-time
             * @description start of the range (inclusive); null: all time, from the first answer
             */
            from: string | null;
            /**
             * Format: date-time
             * @description end of the range (exclusive)
             */
            to: string;
            /** @description with interval: local days, ISO weeks or months of tz covering exactly the range of the headline, so the points sum to its n */
            series?: components["schemas"]["SeriesPoint"][];
            /** @description with groupBy: the metric per segment, largest n first, at most 100 */
            groups?: components["schemas"]["Segment"][];
            previous?: components["schemas"]["PreviousPeriod"];
        };
        /** @description one local day, ISO week or month of a series */
        SeriesPoint: {
            /** @description number of answers */
            n: number;
            /** @description null when n = 0 */
            score: number | null;
            /** @description null only when n = 0; methods and their measured coverage: docs/statistics.md */
            ci95: [
                number,
                number
            ] | null;
            /** @description true when n is below the threshold from which the 95% interval proved reliable in koe's coverage study (NPS 20, CSAT 20, CES 20; docs/statistics.md) */
            lowN: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 with the offset of the requested time zone at that instant
             */
            start: string;
            /**
             * Format: date-time
             * @description the next point starts here (half-open [start, end))
             */
            end: string;
        };
        /** @description the metric for one value of groupBy */
        Segment: {
            /** @description number of answers */
            n: number;
            /** @description null when n = 0 */
            score: number | null;
            /** @description null only when n = 0; methods and their measured coverage: docs/statistics.md */
            ci95: [
                number,
                number
            ] | null;
            /** @description true when n is below the threshold from which the 95% interval proved reliable in koe's coverage study (NPS 20, CSAT 20, CES 20; docs/statistics.md) */
            lowN: boolean;
            /** @description the segment value; null for answers without one */
            key: string | null;
        };
        /** @description with compare=previous: the period of the same length just before from, and the test of the difference */
        PreviousPeriod: {
            /** @description number of answers */
            n: number;
            /** @description null when n = 0 */
            score: number | null;
            /** @description null only when n = 0; methods and their measured coverage: docs/statistics.md */
            ci95: [
                number,
                number
            ] | null;
            /** @description true when n is below the threshold from which the 95% interval proved reliable in koe's coverage study (NPS 20, CSAT 20, CES 20; docs/statistics.md) */
            lowN: boolean;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            /** @description current score minus previous score */
            delta: number | null;
            /** @description 95% interval of the difference */
            deltaCi95: [
                number,
                number
            ] | null;
            /** @description two-sided p-value of "no difference" */
            p: number | null;
        };
        Reasons: {
            /** @enum {string} */
            metric: "nps" | "csat" | "ces";
            /**
             * Format: date-time
             * @description start of the range; null: all time
             */
            from: string | null;
            /** Format: date-time */
            to: string;
            /** @description the metric over every answer in the range and filters */
            overall: {
                /** @description number of answers */
                n: number;
                /** @description null when n = 0 */
                score: number | null;
                /** @description null only when n = 0; methods and their measured coverage: docs/statistics.md */
                ci95: [
                    number,
                    number
                ] | null;
                /** @description true when n is below the threshold from which the 95% interval proved reliable in koe's coverage study (NPS 20, CSAT 20, CES 20; docs/statistics.md) */
                lowN: boolean;
            };
            /** @description with compare=previous: the period the changes are measured against */
            previous?: {
                /** Format: date-time */
                from: string;
                /** Format: date-time */
                to: string;
                n: number;
            };
            /** @description every chip of the survey and any retired chip cited in the range, by impact (largest first; ties by count). Chips are multi-select: impacts overlap and do not add up */
            reasons: components["schemas"]["ReasonAnalysis"][];
        };
        ReasonAnalysis: {
            /** @description the reason chip id */
            id: string;
            /** @description the chip's labels; null for a chip no longer in the survey but cited in the range */
            label: {
                [key: string]: string;
            } | null;
            share: components["schemas"]["Share"];
            /** @description the share within each bucket (e.g. detractors citing it / detractors) */
            byBucket: {
                detractor?: components["schemas"]["Share"];
                passive?: components["schemas"]["Share"];
                promoter?: components["schemas"]["Share"];
                dissatisfied?: components["schemas"]["Share"];
                neutral?: components["schemas"]["Share"];
                satisfied?: components["schemas"]["Share"];
            };
            /** @description the metric over the citing answers alone */
            score: {
                /** @description number of answers */
                n: number;
                /** @description null when n = 0 */
                score: number | null;
                /** @description null only when n = 0; methods and their measured coverage: docs/statistics.md */
                ci95: [
                    number,
                    number
                ] | null;
                /** @description true when n is below the threshold from which the 95% interval proved reliable in koe's coverage study (NPS 20, CSAT 20, CES 20; docs/statistics.md) */
                lowN: boolean;
            };
            /** @description positive: fixing what the reason names would raise the score */
            impact: {
                /** @description how many points the overall score would move if the citing answers scored like the others; null when every answer cites it */
                points: number | null;
                /** @description 95% interval (delta method) */
                ci95: [
                    number,
                    number
                ] | null;
            };
            /** @description with compare=previous */
            change?: {
                previous: components["schemas"]["Share"];
                /** @description share now minus share before, percentage points */
                delta: number | null;
                /** @description 95% confidence interval [low, high] in the unit of the score */
                deltaCi95: [
                    number,
                    number
                ] | null;
                /** @description two-sided p-value of "the share did not change" (two-proportion z-test) */
                p: number | null;
            };
        };
        /** @description the share of answers that cite a reason */
        Share: {
            /** @description answers citing the reason */
            count: number;
            /** @description answers in the group */
            n: number;
            /** @description 100 · count / n; null when n = 0 */
            percent: number | null;
            /** @description Wilson 95% interval of the percent (boundary-modified); null when n = 0 */
            ci95: [
                number,
                number
            ] | null;
        };
        Themes: {
            /** @enum {string} */
            metric: "nps" | "csat" | "ces";
            /**
             * Format: date-time
             * @description start of the range; null: all time
             */
            from: string | null;
            /** Format: date-time */
            to: string;
            /** @description each bucket of the survey type, worst first (only those asked for with bucket=) */
            buckets: {
                /** @enum {string} */
                bucket: "detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied";
                /** @description the bucket's answers with a comment */
                comments: number;
                /** @description the terms that set this bucket apart, highest z first */
                terms: components["schemas"]["ThemeTerm"][];
            }[];
        };
        ThemeTerm: {
            /** @description a word or two-word phrase, NFKC-normalised and lower-cased */
            term: string;
            /** @description this bucket's comments that contain it */
            count: number;
            /** @description the other buckets' comments that contain it */
            rest: number;
            /** @description weighted log-odds ratio over its standard error (Monroe et al. 2008); listed only from 1.96 */
            z: number;
            /** @description ids of recent answers of this bucket whose comment contains it (at most 3) */
            examples: string[];
        };
        AtRiskPage: {
            /** @description the rules, stated: a respondent is listed when at least one holds */
            rules: {
                /** @enum {string} */
                "worst-bucket": "the respondent's latest answer is in the worst bucket: NPS detractor (0–6), CSAT dissatisfied (1–2), CES dissatisfied (1–3)";
                /** @enum {string} */
                "score-fell": "the respondent's latest answer is 3 or more scale points below their previous answer to the same survey";
            };
            /** @description respondents whose latest answer (received in the range and passing the filters) meets a rule, newest first */
            data: components["schemas"]["AtRiskRespondent"][];
            /** @description pass as cursor for the next page; null at the end */
            nextCursor: string | null;
        };
        AtRiskRespondent: {
            userId: string;
            /** @description which of the stated rules this respondent meets */
            rules: ("worst-bucket" | "score-fell")[];
            /** @description the respondent's latest answer to the survey */
            response: {
                id: string;
                /** Format: date-time */
                receivedAt: string;
                score: number;
                /** @enum {string} */
                bucket: "detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied";
                comment: string | null;
                reasons: string[];
                attributes: {
                    [key: string]: string | number | boolean;
                };
                touchpoint: string | null;
            };
            /** @description their answer before that one; null for a first answer */
            previous: {
                id: string;
                /** Format: date-time */
                receivedAt: string;
                score: number;
            } | null;
        };
        Response: {
            /** Format: uuid */
            id: string;
            surveyId: string;
            score: number;
            /** @enum {string} */
            bucket: "detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied";
            reasons: string[];
            comment: string | null;
            touchpoint: string | null;
            /** @enum {string} */
            channel: "web" | "link" | "email";
            attributes: {
                [key: string]: string | number | boolean;
            };
            userId: string | null;
            locale: string | null;
            /** @description page URL without query string or fragment (at most 2048 characters) */
            url: string | null;
            /** @description path of the page URL */
            page: string | null;
            /** @enum {string} */
            device: "desktop" | "mobile" | "tablet" | "bot" | "unknown";
            /** @description ISO 3166-1 alpha-2, from a trusted proxy header */
            country: string | null;
            finished: boolean;
            /** Format: date-time */
            receivedAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Webhook: {
            id: string;
            url: string;
            events: ("response.created" | "response.updated" | "response.finished" | "respondent.at_risk" | "alert.triggered" | "alert.resolved")[];
            surveyIds: string[] | null;
            buckets: ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied")[] | null;
            /** @enum {string} */
            format: "standard" | "slack";
            /**
             * @description failing: the last event used up its retries; paused: nothing is sent until it is set active, events wait
             * @enum {string}
             */
            status: "active" | "failing" | "paused";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description whsec_…, shown only when created or rotated */
            secret?: string;
        };
        WebhookInput: {
            /** Format: uri */
            url: string;
            events: ("response.created" | "response.updated" | "response.finished" | "respondent.at_risk" | "alert.triggered" | "alert.resolved")[];
            surveyIds?: string[] | null;
            buckets?: ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied")[] | null;
            /**
             * @default standard
             * @enum {string}
             */
            format?: "standard" | "slack";
        };
        WebhookPatch: {
            /** Format: uri */
            url?: string;
            events?: ("response.created" | "response.updated" | "response.finished" | "respondent.at_risk" | "alert.triggered" | "alert.resolved")[];
            surveyIds?: string[] | null;
            buckets?: ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied")[] | null;
            /** @enum {string} */
            format?: "standard" | "slack";
            /**
             * @description paused: nothing is sent, events wait; active: sends again (also re-enables a failing endpoint)
             * @enum {string}
             */
            status?: "active" | "paused";
        };
        WebhookDelivery: {
            /** @description the webhook-id header; the same on every retry */
            id: string;
            /** @enum {string} */
            event: "response.created" | "response.updated" | "response.finished" | "respondent.at_risk" | "alert.triggered" | "alert.resolved";
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            attempts: {
                /** Format: date-time */
                at: string;
                /** @description null when no answer arrived */
                statusCode: number | null;
                latencyMs: number;
                error: string | null;
            }[];
            /** Format: date-time */
            nextAttemptAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        AlertRule: {
            id: string;
            /** @enum {string} */
            kind: "score-drop" | "volume" | "keyword";
            surveyId: string;
            name: string;
            filters: {
                [key: string]: unknown;
            } | null;
            groupBy: string | null;
            timeZone: string;
            settings: {
                [key: string]: unknown;
            };
            emails: string[];
            /** @enum {string} */
            status: "active" | "paused";
            /** @description the episodes open now (what is wrong, since which evaluation) */
            firing: {
                segment: {
                    dimension: string;
                    value: string;
                } | null;
                since: string;
            }[];
            /** @description the latest window evaluated */
            lastEvaluatedAt: string | null;
            createdAt: string;
            updatedAt: string;
        };
        AlertRuleInput: {
            /** @enum {string} */
            kind: "score-drop";
            /** @description the survey watched */
            surveyId: string;
            /** @description shown in messages; defaults to a description of the rule */
            name?: string;
            /** @description only answers matching these (as the analyst API filters: a list is OR, fields AND) */
            filters?: {
                /** @description only answers from this touchpoint; repeat for OR */
                touchpoint?: string | string[];
                /** @description desktop, mobile, tablet, bot or unknown; repeat for OR */
                device?: ("desktop" | "mobile" | "tablet" | "bot" | "unknown") | ("desktop" | "mobile" | "tablet" | "bot" | "unknown")[];
                /** @description ISO 3166-1 alpha-2; repeat for OR */
                country?: string | string[];
                /** @description the answer's language tag, e.g. ja; repeat for OR */
                locale?: string | string[];
                /** @description web, link or email; repeat for OR */
                channel?: ("web" | "link" | "email") | ("web" | "link" | "email")[];
                /** @description the page path, e.g. /checkout; repeat for OR */
                page?: string | string[];
                /** @description detractor, passive, promoter (NPS) or dissatisfied, neutral, satisfied; repeat for OR */
                bucket?: ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied") | ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied")[];
                /** @description answers that cite this reason chip; repeat for OR */
                reason?: string | string[];
                /** @description answers whose comment contains this text (any language; no spaces needed) */
                q?: string;
                /** @description attribute key → allowed values (as text: "pro", "3", "true") */
                attributes?: {
                    [key: string]: string | string[];
                };
            };
            /**
             * @description the zone whose local days and hours the rule counts
             * @default UTC
             */
            timeZone?: string;
            /**
             * @description addresses emailed on each alert and all clear (needs SMTP)
             * @default []
             */
            emails?: string[];
            /**
             * @description paused rules are not evaluated
             * @default active
             * @enum {string}
             */
            status?: "active" | "paused";
            /** @description watch every segment of this dimension; the false discovery rate across segments is held at alpha (Benjamini–Hochberg) */
            groupBy?: string;
            /**
             * @default {
             *       "recentDays": 7,
             *       "baselineDays": 28,
             *       "alpha": 0.01,
             *       "minAnswers": 20,
             *       "cadence": "daily"
             *     }
             */
            settings?: {
                /**
                 * @description days in the recent window
                 * @default 7
                 */
                recentDays?: number;
                /**
                 * @description days in the baseline window just before the recent one
                 * @default 28
                 */
                baselineDays?: number;
                /**
                 * @description the one-sided p below which a drop is real
                 * @default 0.01
                 */
                alpha?: number;
                /**
                 * @description fewer answers than this in either window: no test
                 * @default 20
                 */
                minAnswers?: number;
                /**
                 * @description evaluate after every local day, or after every week (Mondays)
                 * @default daily
                 * @enum {string}
                 */
                cadence?: "daily" | "weekly";
            };
        } | {
            /** @enum {string} */
            kind: "volume";
            /** @description the survey watched */
            surveyId: string;
            /** @description shown in messages; defaults to a description of the rule */
            name?: string;
            /** @description only answers matching these (as the analyst API filters: a list is OR, fields AND) */
            filters?: {
                /** @description only answers from this touchpoint; repeat for OR */
                touchpoint?: string | string[];
                /** @description desktop, mobile, tablet, bot or unknown; repeat for OR */
                device?: ("desktop" | "mobile" | "tablet" | "bot" | "unknown") | ("desktop" | "mobile" | "tablet" | "bot" | "unknown")[];
                /** @description ISO 3166-1 alpha-2; repeat for OR */
                country?: string | string[];
                /** @description the answer's language tag, e.g. ja; repeat for OR */
                locale?: string | string[];
                /** @description web, link or email; repeat for OR */
                channel?: ("web" | "link" | "email") | ("web" | "link" | "email")[];
                /** @description the page path, e.g. /checkout; repeat for OR */
                page?: string | string[];
                /** @description detractor, passive, promoter (NPS) or dissatisfied, neutral, satisfied; repeat for OR */
                bucket?: ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied") | ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied")[];
                /** @description answers that cite this reason chip; repeat for OR */
                reason?: string | string[];
                /** @description answers whose comment contains this text (any language; no spaces needed) */
                q?: string;
                /** @description attribute key → allowed values (as text: "pro", "3", "true") */
                attributes?: {
                    [key: string]: string | string[];
                };
            };
            /**
             * @description the zone whose local days and hours the rule counts
             * @default UTC
             */
            timeZone?: string;
            /**
             * @description addresses emailed on each alert and all clear (needs SMTP)
             * @default []
             */
            emails?: string[];
            /**
             * @description paused rules are not evaluated
             * @default active
             * @enum {string}
             */
            status?: "active" | "paused";
            /**
             * @default {
             *       "silenceHours": 1
             *     }
             */
            settings?: {
                /**
                 * @description no alert before this many whole hours without answers, however busy those hours usually are
                 * @default 1
                 */
                silenceHours?: number;
            };
        } | {
            /** @enum {string} */
            kind: "keyword";
            /** @description the survey watched */
            surveyId: string;
            /** @description shown in messages; defaults to a description of the rule */
            name?: string;
            /** @description only answers matching these (as the analyst API filters: a list is OR, fields AND) */
            filters?: {
                /** @description only answers from this touchpoint; repeat for OR */
                touchpoint?: string | string[];
                /** @description desktop, mobile, tablet, bot or unknown; repeat for OR */
                device?: ("desktop" | "mobile" | "tablet" | "bot" | "unknown") | ("desktop" | "mobile" | "tablet" | "bot" | "unknown")[];
                /** @description ISO 3166-1 alpha-2; repeat for OR */
                country?: string | string[];
                /** @description the answer's language tag, e.g. ja; repeat for OR */
                locale?: string | string[];
                /** @description web, link or email; repeat for OR */
                channel?: ("web" | "link" | "email") | ("web" | "link" | "email")[];
                /** @description the page path, e.g. /checkout; repeat for OR */
                page?: string | string[];
                /** @description detractor, passive, promoter (NPS) or dissatisfied, neutral, satisfied; repeat for OR */
                bucket?: ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied") | ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied")[];
                /** @description answers that cite this reason chip; repeat for OR */
                reason?: string | string[];
                /** @description answers whose comment contains this text (any language; no spaces needed) */
                q?: string;
                /** @description attribute key → allowed values (as text: "pro", "3", "true") */
                attributes?: {
                    [key: string]: string | string[];
                };
            };
            /**
             * @description the zone whose local days and hours the rule counts
             * @default UTC
             */
            timeZone?: string;
            /**
             * @description addresses emailed on each alert and all clear (needs SMTP)
             * @default []
             */
            emails?: string[];
            /**
             * @description paused rules are not evaluated
             * @default active
             * @enum {string}
             */
            status?: "active" | "paused";
            settings: {
                /** @description words or phrases; matched case- and width-insensitively, whole words in spaced scripts, anywhere in Japanese and Chinese */
                keywords: string[];
            };
        };
        AlertRulePatch: {
            name?: string | null;
            /** @description only answers matching these (as the analyst API filters: a list is OR, fields AND) */
            filters?: {
                /** @description only answers from this touchpoint; repeat for OR */
                touchpoint?: string | string[];
                /** @description desktop, mobile, tablet, bot or unknown; repeat for OR */
                device?: ("desktop" | "mobile" | "tablet" | "bot" | "unknown") | ("desktop" | "mobile" | "tablet" | "bot" | "unknown")[];
                /** @description ISO 3166-1 alpha-2; repeat for OR */
                country?: string | string[];
                /** @description the answer's language tag, e.g. ja; repeat for OR */
                locale?: string | string[];
                /** @description web, link or email; repeat for OR */
                channel?: ("web" | "link" | "email") | ("web" | "link" | "email")[];
                /** @description the page path, e.g. /checkout; repeat for OR */
                page?: string | string[];
                /** @description detractor, passive, promoter (NPS) or dissatisfied, neutral, satisfied; repeat for OR */
                bucket?: ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied") | ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied")[];
                /** @description answers that cite this reason chip; repeat for OR */
                reason?: string | string[];
                /** @description answers whose comment contains this text (any language; no spaces needed) */
                q?: string;
                /** @description attribute key → allowed values (as text: "pro", "3", "true") */
                attributes?: {
                    [key: string]: string | string[];
                };
            } | null;
            /** @description watch every segment of this dimension; the false discovery rate across segments is held at alpha (Benjamini–Hochberg) */
            groupBy?: string | null;
            timeZone?: string;
            emails?: string[];
            /** @enum {string} */
            status?: "active" | "paused";
            /** @description the kind's settings, checked as on create */
            settings?: {
                [key: string]: unknown;
            };
        };
        AlertEvent: {
            id: string;
            ruleId: string;
            /** @enum {string} */
            type: "triggered" | "resolved";
            /** @description the segment of a groupBy rule */
            segment: {
                dimension: string;
                value: string;
            } | null;
            /** @description the evaluation window (its end) or, for keywords, the answer */
            at: string;
            /** @description the evaluation that opened the episode */
            openedAt: string;
            /** @description one line, as sent */
            summary: string;
            /** @description the test: n, delta, p, expected, … */
            details: {
                [key: string]: unknown;
            };
            createdAt: string;
        };
        Digest: {
            id: string;
            surveyId: string;
            email: string;
            /** @enum {string} */
            interval: "week" | "month";
            timeZone: string;
            hour: number;
            /**
             * @description unsubscribed: the recipient used the link in a digest; nothing more is sent
             * @enum {string}
             */
            status: "active" | "unsubscribed";
            /** @description the end of the latest period a digest was sent for */
            lastPeriodEnd: string | null;
            /** @description when the next one is due */
            nextSendAt: string | null;
            createdAt: string;
        };
        DigestInput: {
            /** @description the survey watched */
            surveyId: string;
            /** @description who gets it */
            email: string;
            /**
             * @description weekly (sent on Mondays, about last Monday to Sunday) or monthly (on the 1st)
             * @default week
             * @enum {string}
             */
            interval?: "week" | "month";
            /**
             * @description the recipient's zone: the weeks, months and sending hour are theirs
             * @default UTC
             */
            timeZone?: string;
            /**
             * @description the local hour it is sent at
             * @default 8
             */
            hour?: number;
        };
        DigestPatch: {
            /** @enum {string} */
            interval?: "week" | "month";
            timeZone?: string;
            hour?: number;
        };
        Campaign: {
            id: string;
            surveyId: string;
            name: string;
            subject: string | null;
            intro: string | null;
            /** @enum {string} */
            repeat: "once" | "quarterly" | "yearly";
            startDate: string | null;
            hour: number;
            timeZone: string;
            reminderAfterDays: number | null;
            perMinute: number;
            expiresInDays: number;
            /**
             * @description draft until first started; nothing is sent while draft or paused
             * @enum {string}
             */
            status: "draft" | "active" | "paused";
            startedAt: string | null;
            /** @description when the next round starts in the campaign’s zone; null: no round to come */
            nextRoundAt: string | null;
            /** @description on the list now */
            recipients: number;
            /** @description recipients by the status of their latest email (waiting: none yet); unsubscribed counts whoever asked for no more */
            counts: {
                waiting: number;
                queued: number;
                sent: number;
                failed: number;
                answered: number;
                unsubscribed: number;
            };
            createdAt: string;
        };
        CampaignInput: {
            /** @description the survey sent */
            surveyId: string;
            /** @description what the team calls it (never shown to recipients) */
            name: string;
            /**
             * @description the email's subject; null: the survey's question in the recipient's language
             * @default null
             */
            subject?: string | null;
            /**
             * @description plain text above the question (line breaks kept); null: none
             * @default null
             */
            intro?: string | null;
            /**
             * @description once, or a new round every 3 months (quarterly) or 12 months (yearly)
             * @default once
             * @enum {string}
             */
            repeat?: "once" | "quarterly" | "yearly";
            /**
             * @description the first round’s date (in each recipient’s zone, at `hour`); null: the first round goes at once when the campaign starts, and later rounds follow that day
             * @default null
             */
            startDate?: string | null;
            /**
             * @description the local hour rounds are sent at
             * @default 10
             */
            hour?: number;
            /**
             * @description the zone of recipients who have none, and of the first day when startDate is null
             * @default UTC
             */
            timeZone?: string;
            /**
             * @description one reminder this many days after the email to whoever has not answered; null: none
             * @default 3
             */
            reminderAfterDays?: number | null;
            /**
             * @description at most this many emails a minute (the SMTP relay’s limits, the site’s reputation)
             * @default 60
             */
            perMinute?: number;
            /**
             * @description how long each email’s links work
             * @default 30
             */
            expiresInDays?: number;
        };
        CampaignPatch: {
            /** @description what the team calls it (never shown to recipients) */
            name?: string;
            /** @description the email's subject; null: the survey's question in the recipient's language */
            subject?: string | null;
            /** @description plain text above the question (line breaks kept); null: none */
            intro?: string | null;
            /**
             * @description once, or a new round every 3 months (quarterly) or 12 months (yearly)
             * @enum {string}
             */
            repeat?: "once" | "quarterly" | "yearly";
            /** @description the first round’s date (in each recipient’s zone, at `hour`); null: the first round goes at once when the campaign starts, and later rounds follow that day */
            startDate?: string | null;
            /** @description the local hour rounds are sent at */
            hour?: number;
            /** @description the zone of recipients who have none, and of the first day when startDate is null */
            timeZone?: string;
            /** @description one reminder this many days after the email to whoever has not answered; null: none */
            reminderAfterDays?: number | null;
            /** @description at most this many emails a minute (the SMTP relay’s limits, the site’s reputation) */
            perMinute?: number;
            /** @description how long each email’s links work */
            expiresInDays?: number;
            /**
             * @description active starts (or resumes) sending; paused stops it until resumed
             * @enum {string}
             */
            status?: "active" | "paused";
        };
        RecipientsUploadResult: {
            added: number;
            /** @description already on the list (by email): their details replaced */
            updated: number;
            /** @description on the list now */
            recipients: number;
        };
        RecipientsUpload: {
            /** @description the recipients as JSON */
            recipients?: components["schemas"]["RecipientInput"][];
            /** @description or as CSV with a header row: email (required), userId, locale, timeZone; every other column is an attribute (an attr. prefix is dropped) */
            csv?: string;
        };
        RecipientInput: {
            /** @description where the survey is sent; never in its links */
            email: string;
            /** @description who answers, as the widget’s answers name them; without one, the answer carries the recipient’s id (rcp_…) */
            userId?: string;
            /** @description the email’s language, when the survey has it */
            locale?: string;
            /** @description sent at the campaign’s hour in this zone */
            timeZone?: string;
            /** @description carried into the answer (plan, region…); readable by whoever holds the email’s links (they are signed, not encrypted) */
            attributes?: {
                [key: string]: string | number | boolean;
            };
        };
        RecipientPage: {
            data: components["schemas"]["Recipient"][];
            /** @description pass as after for the next page; null: no more */
            next: string | null;
        };
        Recipient: {
            id: string;
            email: string;
            userId: string | null;
            locale: string | null;
            timeZone: string | null;
            attributes: {
                [key: string]: string | number | boolean;
            } | null;
            /**
             * @description of the latest email: waiting (none yet), queued, sent, failed (the SMTP relay refused it after every try), answered; unsubscribed: they asked for no more
             * @enum {string}
             */
            status: "waiting" | "queued" | "sent" | "failed" | "answered" | "unsubscribed";
            /** @description the round of the latest email (0 is the first) */
            round: number | null;
            sentAt: string | null;
            answeredAt: string | null;
            /**
             * @description skipped: they answered (or left) first
             * @enum {string}
             */
            reminder: "none" | "due" | "queued" | "sent" | "failed" | "skipped";
            createdAt: string;
        };
        PersonErasure: {
            /** @description answers erased */
            erased: number;
            /** @description places on recipient lists removed */
            recipients: number;
        };
        PersonToErase: {
            email: string;
        } | {
            userId: string;
        };
        PersonalLink: {
            userId: string;
            email: string | null;
            /** @description /s/{id}?t=…: one answer per link; a second click changes the same answer */
            url: string;
            /** @description the id the answer will have */
            responseId: string;
            expiresAt: string;
        };
        LinksInput: {
            recipients: {
                /** @description who answers: the answer carries it, as a widget answer does */
                userId: string;
                /**
                 * Format: email
                 * @description echoed back beside the link; never in it
                 */
                email?: string;
                /** @description the page's language, when the survey has it */
                locale?: string;
                /** @description carried into the answer (plan, order id…) */
                attributes?: {
                    [key: string]: string | number | boolean;
                };
            }[];
            /** @default 30 */
            expiresInDays?: number;
            /**
             * @description the channel the answers record: email when you send the links by email
             * @default link
             * @enum {string}
             */
            channel?: "link" | "email";
        };
        EmailSnippet: {
            html: string;
            text: string;
            links: {
                score: number;
                url: string;
            }[];
        };
        LinkSecretRotation: {
            rotatedAt: string;
            previousLinksWorkUntil: string;
        };
        Site: {
            id: string;
            name: string;
            /** @description page origins allowed to load surveys and send answers, e.g. https://shop.example */
            origins: string[];
            /** @description pk_…, for the script tag */
            publishableKey: string;
            /** Format: date-time */
            createdAt: string;
        };
        SitePatch: {
            name?: string;
            /**
             * @description replaces the whole list; entries are normalised (case, default port, trailing slash) and repeats dropped
             * @example [
             *       "https://shop.example",
             *       "https://*.shop.example"
             *     ]
             */
            origins?: string[];
        };
        SiteInstall: {
            /** @description the page origin that fetched the surveys; null: no Origin header (a same-origin page, or not a browser) */
            origin: string | null;
            /** @description false: refused (403 origin-not-allowed) by the site's origins */
            allowed: boolean;
            /** Format: date-time */
            firstSeenAt: string;
            /** Format: date-time */
            lastSeenAt: string;
            /** @description fetches that reached the server (browsers cache the answer for a minute) */
            count: number;
        };
        SecretKey: {
            /** @description key_…, for DELETE /v1/keys/{id} */
            id: string;
            name: string;
            /** @description the first characters of the key (sk_ and 8 more), to tell keys apart */
            prefix: string;
            /** @enum {string} */
            scope: "read" | "write";
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description when the key last authenticated a request, to the minute; null: never
             */
            lastUsedAt: string | null;
            /** @description true for the key that made this request */
            current: boolean;
            /** @description who made it: a member's email, another key's prefix, or null (the CLI) */
            createdBy: string | null;
            /** @description sk_…, only in the answer that created the key */
            secret?: string;
        };
        SecretKeyInput: {
            /** @description what the key is for, e.g. "BI export" or "Alice's laptop" */
            name: string;
            /**
             * @description read: reads only; write: also changes
             * @enum {string}
             */
            scope: "read" | "write";
        };
        SignIn: {
            email: string;
            password: string;
            /** @description with two-factor on: the authenticator app’s 6 digits, or a recovery code */
            code?: string;
        };
        Me: {
            user: components["schemas"]["User"];
            /** @description send as X-CSRF-Token with every change made with the session cookie */
            csrfToken: string;
            organizations: {
                id: string;
                name: string;
                role: components["schemas"]["Role"];
                permissions: ("read" | "edit-surveys" | "manage-alerts" | "manage-campaigns" | "administer-site" | "manage-members" | "read-audit-log")[];
                sites: {
                    id: string;
                    name: string;
                }[];
            }[];
        };
        User: {
            id: string;
            email: string;
            name: string;
            /** @description whether sign-in asks for a one-time code */
            twoFactor: boolean;
        };
        /**
         * @description owner: everything, members included; admin: sites, origins, keys, webhooks, surveys, erasure, audit log; editor: surveys and alerts; viewer: reads
         * @enum {string}
         */
        Role: "owner" | "admin" | "editor" | "viewer";
        TwoFactorEnrollment: {
            /** @description base32, for typing into an authenticator app */
            secret: string;
            /** @description the otpauth:// link (what a QR code holds) */
            otpauthUrl: string;
            /** @description the link as a QR code (SVG) for the app to scan */
            qrSvg: string;
        };
        RecoveryCodes: {
            /** @description shown once: each signs in once in place of a code */
            recoveryCodes: string[];
        };
        Member: {
            id: string;
            email: string;
            name: string;
            role: components["schemas"]["Role"];
            /** Format: date-time */
            joinedAt: string;
        };
        Invitation: {
            id: string;
            email: string | null;
            role: components["schemas"]["Role"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** @description the link to hand over: shown once, when the invitation is made */
            url?: string;
            /** @description when made: whether the link was also sent to `email` (SMTP configured) */
            emailed?: boolean;
        };
        InvitationPreview: {
            /** @description the organization's name */
            organization: string;
            role: components["schemas"]["Role"];
            email: string | null;
            /** Format: date-time */
            expiresAt: string;
        };
        AuditEntry: {
            id: string;
            /** Format: date-time */
            at: string;
            /** @description user:<id>, key:<id> or cli */
            actor: string;
            /** @description the email, the key prefix and name, or "CLI" */
            actorLabel: string;
            /** @description e.g. session.signed-in, survey.updated, key.revoked */
            action: string;
            siteId: string | null;
            target: string | null;
            details: {
                [key: string]: unknown;
            } | null;
        };
        SsoConnection: {
            issuer: string;
            clientId: string;
            autoJoinDomain: string | null;
            autoJoinRole: components["schemas"]["Role"];
            /** @description the link members use to sign in through the provider */
            signInUrl: string;
            /** @description register this as the client's redirect URI at the provider */
            redirectUri: string;
            /** Format: date-time */
            updatedAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    postResponse: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/plain": components["schemas"]["ResponseInput"];
                "application/json": components["schemas"]["ResponseInput"];
            };
        };
        responses: {
            /** @description the id was known: completed or repeated (still one row) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description updated: a partial answer was completed; duplicate: the same answer again
                         * @enum {string}
                         */
                        status: "updated" | "duplicate";
                    };
                };
            };
            /** @description stored */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        status: "accepted";
                    };
                };
            };
            /**
             * @description `invalid-body`: the body fails the schema; the score is off the survey's scale (0–10 for nps, 1–5 for csat, 1–7 for ces); a reason is not one of the survey's follow-up reasons for the score's bucket, or is repeated
             *
             *     `invalid-json`: the body is not JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `origin-not-allowed`: the page's Origin is not one of the site's allowed origins
             *
             *     `link-invalid`: linkToken is altered, for another survey, or signed with a secret rotated out over a day ago
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "origin-not-allowed" | "link-invalid";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `site-not-found`: no site has this publishable key
             *
             *     `survey-not-found`: the site has no survey with this id
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-not-found" | "survey-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `survey-not-active`: the survey is a draft or archived
             *
             *     `response-conflict`: this id is already finished with other answers
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "survey-not-active" | "response-conflict";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `link-expired`: linkToken's link has expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "link-expired";
                        /** @constant */
                        status?: 410;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 16 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is neither text/plain nor application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: too many requests from this client or for this site */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
            /**
             * @description `server-busy`: too many answers are waiting to be stored
             *
             *     `shutting-down`: the server is restarting
             *
             *     `storage-unavailable`: the write failed; nothing was stored, send the same id again
             */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "server-busy" | "shutting-down" | "storage-unavailable";
                        /** @constant */
                        status?: 503;
                    };
                };
            };
        };
    };
    eraseResponse: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description the response (submission) id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description erased */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `response-not-found`: the key's site has no response with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "response-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    eraseRespondent: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description the userId the answers carry (URL-encoded) */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description erased */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RespondentErasure"];
                };
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `not-found`: the userId is empty, longer than 256 characters or holds control characters
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    getWidgetSurveys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the publishable key, pk_… */
                siteKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the active surveys, and the others' ids and status */
            200: {
                headers: {
                    /** @description validator for If-None-Match */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetConfig"];
                };
            };
            /** @description not modified (If-None-Match named the current ETag) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `origin-not-allowed`: the page's Origin is not one of the site's allowed origins */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "origin-not-allowed";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `site-not-found`: no site has this publishable key */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: too many requests from this client */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    listSurveys: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the surveys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Survey"][];
                    };
                };
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `site-not-found`: Koe-Site names no site of the member's organizations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    createSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyInput"];
            };
        };
        responses: {
            /** @description created; Location names it */
            201: {
                headers: {
                    /** @description /v1/surveys/{id} */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /**
             * @description `invalid-body`: a field is missing or malformed; the question has no text for defaultLocale; a follow-up is keyed by a bucket the survey type does not have; a reason id repeats
             *
             *     `invalid-json`: The request body is not valid JSON
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `site-not-found`: Koe-Site names no site of the member's organizations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    getSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description survey id (srv_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the survey */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `survey-not-found`: the key's site has no survey with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "survey-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    deleteSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description survey id (srv_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `survey-not-found`: the key's site has no survey with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "survey-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    updateSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description survey id (srv_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyPatch"];
            };
        };
        responses: {
            /** @description the changed survey */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /**
             * @description `invalid-body`: a field is unknown or malformed (type cannot change), or the merged survey breaks a cross-field rule
             *
             *     `invalid-json`: The request body is not valid JSON
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `survey-not-found`: the key's site has no survey with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "survey-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: {
                /** @description attr.<key>=value: only answers whose attribute <key> has this value (as text: "pro", "3", "true"); repeat for OR; up to 10 keys */
                attr?: {
                    [key: string]: string;
                };
                /** @description start of the range, inclusive (ISO 8601 with a zone) */
                from?: string;
                /** @description end of the range, exclusive (default: now) */
                to?: string;
                /** @description adds a series of local days, ISO weeks (Monday first) or months of tz; at most 1200 of them */
                interval?: "day" | "week" | "month";
                /** @description IANA time zone of the series buckets, e.g. Asia/Tokyo or America/New_York */
                tz?: string;
                /** @description adds the metric per segment: touchpoint, device, country, locale, page, channel or attr.<key> */
                groupBy?: string;
                /** @description adds the period of the same length just before from, and the test of the change; needs from */
                compare?: "previous";
                /** @description only answers from this touchpoint; repeat for OR */
                touchpoint?: string | string[];
                /** @description desktop, mobile, tablet, bot or unknown; repeat for OR */
                device?: ("desktop" | "mobile" | "tablet" | "bot" | "unknown") | ("desktop" | "mobile" | "tablet" | "bot" | "unknown")[];
                /** @description ISO 3166-1 alpha-2; repeat for OR */
                country?: string | string[];
                /** @description the answer's language tag, e.g. ja; repeat for OR */
                locale?: string | string[];
                /** @description web, link or email; repeat for OR */
                channel?: ("web" | "link" | "email") | ("web" | "link" | "email")[];
                /** @description the page path, e.g. /checkout; repeat for OR */
                page?: string | string[];
                /** @description detractor, passive, promoter (NPS) or dissatisfied, neutral, satisfied; repeat for OR */
                bucket?: ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied") | ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied")[];
                /** @description answers that cite this reason chip; repeat for OR */
                reason?: string | string[];
                /** @description answers whose comment contains this text (any language; no spaces needed) */
                q?: string;
            };
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description survey id (srv_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the metric */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Metrics"];
                };
            };
            /**
             * @description `invalid-query`: a parameter is unknown or malformed (filters: touchpoint, device, country, locale, page, bucket, reason, attr.<key>, q; at most 50 values each, 10 attr.<key>); tz is not an IANA time zone (e.g. Asia/Tokyo); to is not after from; compare=previous without from (the previous period has the same length); interval over the range gives more than 1200 buckets (give a shorter range or a longer interval)
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-query" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `survey-not-found`: the key's site has no survey with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "survey-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    getReasons: {
        parameters: {
            query?: {
                /** @description attr.<key>=value: only answers whose attribute <key> has this value (as text: "pro", "3", "true"); repeat for OR; up to 10 keys */
                attr?: {
                    [key: string]: string;
                };
                /** @description start of the range, inclusive (ISO 8601 with a zone) */
                from?: string;
                /** @description end of the range, exclusive (default: now) */
                to?: string;
                /** @description adds each share's change against the period of the same length just before from; needs from */
                compare?: "previous";
                /** @description only answers from this touchpoint; repeat for OR */
                touchpoint?: string | string[];
                /** @description desktop, mobile, tablet, bot or unknown; repeat for OR */
                device?: ("desktop" | "mobile" | "tablet" | "bot" | "unknown") | ("desktop" | "mobile" | "tablet" | "bot" | "unknown")[];
                /** @description ISO 3166-1 alpha-2; repeat for OR */
                country?: string | string[];
                /** @description the answer's language tag, e.g. ja; repeat for OR */
                locale?: string | string[];
                /** @description web, link or email; repeat for OR */
                channel?: ("web" | "link" | "email") | ("web" | "link" | "email")[];
                /** @description the page path, e.g. /checkout; repeat for OR */
                page?: string | string[];
                /** @description detractor, passive, promoter (NPS) or dissatisfied, neutral, satisfied; repeat for OR */
                bucket?: ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied") | ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied")[];
                /** @description answers that cite this reason chip; repeat for OR */
                reason?: string | string[];
                /** @description answers whose comment contains this text (any language; no spaces needed) */
                q?: string;
            };
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description survey id (srv_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the reasons by impact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reasons"];
                };
            };
            /**
             * @description `invalid-query`: a parameter is unknown or malformed (filters: touchpoint, device, country, locale, page, bucket, reason, attr.<key>, q); to is not after from; compare=previous without from
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-query" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `survey-not-found`: the key's site has no survey with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "survey-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    getThemes: {
        parameters: {
            query?: {
                /** @description attr.<key>=value: only answers whose attribute <key> has this value (as text: "pro", "3", "true"); repeat for OR; up to 10 keys */
                attr?: {
                    [key: string]: string;
                };
                /** @description start of the range, inclusive (ISO 8601 with a zone) */
                from?: string;
                /** @description end of the range, exclusive (default: now) */
                to?: string;
                /** @description terms per bucket, at most 50 */
                limit?: number;
                /** @description only answers from this touchpoint; repeat for OR */
                touchpoint?: string | string[];
                /** @description desktop, mobile, tablet, bot or unknown; repeat for OR */
                device?: ("desktop" | "mobile" | "tablet" | "bot" | "unknown") | ("desktop" | "mobile" | "tablet" | "bot" | "unknown")[];
                /** @description ISO 3166-1 alpha-2; repeat for OR */
                country?: string | string[];
                /** @description the answer's language tag, e.g. ja; repeat for OR */
                locale?: string | string[];
                /** @description web, link or email; repeat for OR */
                channel?: ("web" | "link" | "email") | ("web" | "link" | "email")[];
                /** @description the page path, e.g. /checkout; repeat for OR */
                page?: string | string[];
                /** @description detractor, passive, promoter (NPS) or dissatisfied, neutral, satisfied; repeat for OR */
                bucket?: ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied") | ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied")[];
                /** @description answers that cite this reason chip; repeat for OR */
                reason?: string | string[];
                /** @description answers whose comment contains this text (any language; no spaces needed) */
                q?: string;
            };
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description survey id (srv_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the distinctive terms per bucket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Themes"];
                };
            };
            /**
             * @description `invalid-query`: a parameter is unknown or malformed (filters: touchpoint, device, country, locale, page, bucket, reason, attr.<key>, q; limit 1–50); to is not after from
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-query" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `survey-not-found`: the key's site has no survey with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "survey-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    getAtRisk: {
        parameters: {
            query?: {
                /** @description attr.<key>=value: only answers whose attribute <key> has this value (as text: "pro", "3", "true"); repeat for OR; up to 10 keys */
                attr?: {
                    [key: string]: string;
                };
                /** @description start of the range, inclusive (ISO 8601 with a zone) */
                from?: string;
                /** @description end of the range, exclusive (default: now) */
                to?: string;
                /** @description respondents per page, at most 1000 */
                limit?: number;
                /** @description continue after this nextCursor of a previous page */
                cursor?: string;
                /** @description only answers from this touchpoint; repeat for OR */
                touchpoint?: string | string[];
                /** @description desktop, mobile, tablet, bot or unknown; repeat for OR */
                device?: ("desktop" | "mobile" | "tablet" | "bot" | "unknown") | ("desktop" | "mobile" | "tablet" | "bot" | "unknown")[];
                /** @description ISO 3166-1 alpha-2; repeat for OR */
                country?: string | string[];
                /** @description the answer's language tag, e.g. ja; repeat for OR */
                locale?: string | string[];
                /** @description web, link or email; repeat for OR */
                channel?: ("web" | "link" | "email") | ("web" | "link" | "email")[];
                /** @description the page path, e.g. /checkout; repeat for OR */
                page?: string | string[];
                /** @description detractor, passive, promoter (NPS) or dissatisfied, neutral, satisfied; repeat for OR */
                bucket?: ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied") | ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied")[];
                /** @description answers that cite this reason chip; repeat for OR */
                reason?: string | string[];
                /** @description answers whose comment contains this text (any language; no spaces needed) */
                q?: string;
            };
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description survey id (srv_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of respondents at risk */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AtRiskPage"];
                };
            };
            /**
             * @description `invalid-query`: a parameter is unknown or malformed (filters: touchpoint, device, country, locale, page, bucket, reason, attr.<key>, q); limit is not 1–1000; the cursor is not a nextCursor of this endpoint; to is not after from
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-query" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `survey-not-found`: the key's site has no survey with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "survey-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    listResponses: {
        parameters: {
            query?: {
                /** @description attr.<key>=value: only answers whose attribute <key> has this value (as text: "pro", "3", "true"); repeat for OR; up to 10 keys */
                attr?: {
                    [key: string]: string;
                };
                /** @description start of the range, inclusive (ISO 8601 with a zone) */
                from?: string;
                /** @description end of the range, exclusive (default: now) */
                to?: string;
                /** @description asc: oldest first; desc: newest first (the cursor continues either way) */
                order?: "asc" | "desc";
                /** @description continue after this nextCursor of a previous page */
                cursor?: string;
                /** @description answers per page, at most 1000 */
                limit?: number;
                /** @description only answers from this touchpoint; repeat for OR */
                touchpoint?: string | string[];
                /** @description desktop, mobile, tablet, bot or unknown; repeat for OR */
                device?: ("desktop" | "mobile" | "tablet" | "bot" | "unknown") | ("desktop" | "mobile" | "tablet" | "bot" | "unknown")[];
                /** @description ISO 3166-1 alpha-2; repeat for OR */
                country?: string | string[];
                /** @description the answer's language tag, e.g. ja; repeat for OR */
                locale?: string | string[];
                /** @description web, link or email; repeat for OR */
                channel?: ("web" | "link" | "email") | ("web" | "link" | "email")[];
                /** @description the page path, e.g. /checkout; repeat for OR */
                page?: string | string[];
                /** @description detractor, passive, promoter (NPS) or dissatisfied, neutral, satisfied; repeat for OR */
                bucket?: ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied") | ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied")[];
                /** @description answers that cite this reason chip; repeat for OR */
                reason?: string | string[];
                /** @description answers whose comment contains this text (any language; no spaces needed) */
                q?: string;
            };
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description survey id (srv_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Response"][];
                        /** @description null: no more pages */
                        nextCursor: string | null;
                    };
                };
            };
            /**
             * @description `invalid-query`: a parameter or filter is unknown or malformed; to is not after from; the cursor is not one this API gave out
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-query" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `survey-not-found`: the key's site has no survey with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "survey-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    exportResponsesCsv: {
        parameters: {
            query?: {
                /** @description attr.<key>=value: only answers whose attribute <key> has this value (as text: "pro", "3", "true"); repeat for OR; up to 10 keys */
                attr?: {
                    [key: string]: string;
                };
                /** @description start of the range, inclusive (ISO 8601 with a zone) */
                from?: string;
                /** @description end of the range, exclusive (default: now) */
                to?: string;
                /** @description asc: oldest first; desc: newest first (the cursor continues either way) */
                order?: "asc" | "desc";
                /** @description continue after this nextCursor of a previous page */
                cursor?: string;
                /** @description true: start with a UTF-8 byte-order mark, so spreadsheet programs read Japanese and other non-ASCII text right */
                bom?: "true" | "false";
                /** @description only answers from this touchpoint; repeat for OR */
                touchpoint?: string | string[];
                /** @description desktop, mobile, tablet, bot or unknown; repeat for OR */
                device?: ("desktop" | "mobile" | "tablet" | "bot" | "unknown") | ("desktop" | "mobile" | "tablet" | "bot" | "unknown")[];
                /** @description ISO 3166-1 alpha-2; repeat for OR */
                country?: string | string[];
                /** @description the answer's language tag, e.g. ja; repeat for OR */
                locale?: string | string[];
                /** @description web, link or email; repeat for OR */
                channel?: ("web" | "link" | "email") | ("web" | "link" | "email")[];
                /** @description the page path, e.g. /checkout; repeat for OR */
                page?: string | string[];
                /** @description detractor, passive, promoter (NPS) or dissatisfied, neutral, satisfied; repeat for OR */
                bucket?: ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied") | ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied")[];
                /** @description answers that cite this reason chip; repeat for OR */
                reason?: string | string[];
                /** @description answers whose comment contains this text (any language; no spaces needed) */
                q?: string;
            };
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description survey id (srv_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /**
             * @description `invalid-query`: a parameter or filter is unknown or malformed; to is not after from; the cursor is not one this API gave out
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-query" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `survey-not-found`: the key's site has no survey with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "survey-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    exportResponsesNdjson: {
        parameters: {
            query?: {
                /** @description attr.<key>=value: only answers whose attribute <key> has this value (as text: "pro", "3", "true"); repeat for OR; up to 10 keys */
                attr?: {
                    [key: string]: string;
                };
                /** @description start of the range, inclusive (ISO 8601 with a zone) */
                from?: string;
                /** @description end of the range, exclusive (default: now) */
                to?: string;
                /** @description asc: oldest first; desc: newest first (the cursor continues either way) */
                order?: "asc" | "desc";
                /** @description continue after this nextCursor of a previous page */
                cursor?: string;
                /** @description only answers from this touchpoint; repeat for OR */
                touchpoint?: string | string[];
                /** @description desktop, mobile, tablet, bot or unknown; repeat for OR */
                device?: ("desktop" | "mobile" | "tablet" | "bot" | "unknown") | ("desktop" | "mobile" | "tablet" | "bot" | "unknown")[];
                /** @description ISO 3166-1 alpha-2; repeat for OR */
                country?: string | string[];
                /** @description the answer's language tag, e.g. ja; repeat for OR */
                locale?: string | string[];
                /** @description web, link or email; repeat for OR */
                channel?: ("web" | "link" | "email") | ("web" | "link" | "email")[];
                /** @description the page path, e.g. /checkout; repeat for OR */
                page?: string | string[];
                /** @description detractor, passive, promoter (NPS) or dissatisfied, neutral, satisfied; repeat for OR */
                bucket?: ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied") | ("detractor" | "passive" | "promoter" | "dissatisfied" | "neutral" | "satisfied")[];
                /** @description answers that cite this reason chip; repeat for OR */
                reason?: string | string[];
                /** @description answers whose comment contains this text (any language; no spaces needed) */
                q?: string;
            };
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description survey id (srv_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one JSON Response per line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /**
             * @description `invalid-query`: a parameter or filter is unknown or malformed; to is not after from; the cursor is not one this API gave out
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-query" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `survey-not-found`: the key's site has no survey with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "survey-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the endpoints */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Webhook"][];
                    };
                };
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `site-not-found`: Koe-Site names no site of the member's organizations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookInput"];
            };
        };
        responses: {
            /** @description created, with its secret; Location names it */
            201: {
                headers: {
                    /** @description /v1/webhooks/{id} */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /**
             * @description `invalid-body`: a field is missing or malformed; an event repeats; surveyIds names a survey the site does not have
             *
             *     `invalid-json`: The request body is not valid JSON
             *
             *     `webhook-target-forbidden`: the URL is not http(s), carries credentials, or points at a private, loopback, link-local or otherwise internal address (unless the server allows private targets)
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json" | "webhook-target-forbidden" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `site-not-found`: Koe-Site names no site of the member's organizations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 16 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description webhook endpoint id (wh_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the endpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `webhook-not-found`: the key's site has no webhook with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "webhook-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description webhook endpoint id (wh_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `webhook-not-found`: the key's site has no webhook with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "webhook-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description webhook endpoint id (wh_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPatch"];
            };
        };
        responses: {
            /** @description the changed endpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /**
             * @description `invalid-body`: a field is missing or malformed; an event repeats; surveyIds names a survey the site does not have
             *
             *     `invalid-json`: The request body is not valid JSON
             *
             *     `webhook-target-forbidden`: the URL is not http(s), carries credentials, or points at a private, loopback, link-local or otherwise internal address (unless the server allows private targets)
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json" | "webhook-target-forbidden" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `webhook-not-found`: the key's site has no webhook with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "webhook-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 16 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description webhook endpoint id (wh_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the endpoint with its new secret */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `webhook-not-found`: the key's site has no webhook with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "webhook-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description how many deliveries, at most 200 */
                limit?: number;
            };
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description webhook endpoint id (wh_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the deliveries, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookDelivery"][];
                    };
                };
            };
            /**
             * @description `invalid-query`: limit is not a whole number from 1 to 200, or a parameter is unknown
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-query" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `webhook-not-found`: the key's site has no webhook with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "webhook-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    listAlerts: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the rules, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AlertRule"][];
                    };
                };
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `site-not-found`: Koe-Site names no site of the member's organizations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    createAlert: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertRuleInput"];
            };
        };
        responses: {
            /** @description created; Location names it */
            201: {
                headers: {
                    /** @description /v1/alerts/{id} */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertRule"];
                };
            };
            /**
             * @description `invalid-body`: a field is missing or malformed, surveyId names no survey of the site, groupBy is set on a rule that is not score-drop, or a patch changes kind or surveyId
             *
             *     `invalid-json`: The request body is not valid JSON
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `site-not-found`: Koe-Site names no site of the member's organizations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `too-many-alerts`: the site has 100 alert rules already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "too-many-alerts";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 16 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    getAlert: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description alert rule id (alert_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the rule */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertRule"];
                };
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `alert-not-found`: the key's site has no alert rule with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "alert-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    deleteAlert: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description alert rule id (alert_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `alert-not-found`: the key's site has no alert rule with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "alert-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    updateAlert: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description alert rule id (alert_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertRulePatch"];
            };
        };
        responses: {
            /** @description the changed rule */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertRule"];
                };
            };
            /**
             * @description `invalid-body`: a field is missing or malformed, surveyId names no survey of the site, groupBy is set on a rule that is not score-drop, or a patch changes kind or surveyId
             *
             *     `invalid-json`: The request body is not valid JSON
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `alert-not-found`: the key's site has no alert rule with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "alert-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 16 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    listAlertEvents: {
        parameters: {
            query?: {
                /** @description how many events, at most 200 */
                limit?: number;
            };
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description alert rule id (alert_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the events, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AlertEvent"][];
                    };
                };
            };
            /**
             * @description `invalid-query`: limit is not a whole number from 1 to 200, or a parameter is unknown
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-query" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `alert-not-found`: the key's site has no alert rule with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "alert-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    listDigests: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the digests, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Digest"][];
                    };
                };
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `site-not-found`: Koe-Site names no site of the member's organizations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    createDigest: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DigestInput"];
            };
        };
        responses: {
            /** @description created; Location names it */
            201: {
                headers: {
                    /** @description /v1/digests/{id} */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Digest"];
                };
            };
            /**
             * @description `invalid-body`: a field is missing or malformed, or surveyId names no survey of the site
             *
             *     `invalid-json`: The request body is not valid JSON
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `site-not-found`: Koe-Site names no site of the member's organizations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `email-not-configured`: this koe sends no email (KOE_SMTP_URL or KOE_PUBLIC_URL is not set)
             *
             *     `too-many-digests`: the site has 500 digests already
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "email-not-configured" | "too-many-digests";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 4 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    showDigestUnsubscribe: {
        parameters: {
            query: {
                /** @description the digest's unsubscribe token, from its link */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `invalid-query`: the token is missing or malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-query";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
        };
    };
    unsubscribeDigest: {
        parameters: {
            query: {
                /** @description the digest's unsubscribe token, from its link */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description unsubscribed (a page saying so) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `invalid-query`: the token is missing or malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-query";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
        };
    };
    getDigest: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description digest id (dg_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the digest */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Digest"];
                };
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `digest-not-found`: the key's site has no digest with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "digest-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    deleteDigest: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description digest id (dg_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `digest-not-found`: the key's site has no digest with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "digest-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    updateDigest: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description digest id (dg_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DigestPatch"];
            };
        };
        responses: {
            /** @description the changed digest */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Digest"];
                };
            };
            /**
             * @description `invalid-body`: a field is malformed or unknown
             *
             *     `invalid-json`: The request body is not valid JSON
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `digest-not-found`: the key's site has no digest with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "digest-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 4 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    listCampaigns: {
        parameters: {
            query?: {
                /** @description only this survey’s campaigns */
                surveyId?: string;
            };
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the campaigns, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Campaign"][];
                    };
                };
            };
            /**
             * @description `invalid-query`: a parameter is unknown or malformed
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-query" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `site-not-found`: Koe-Site names no site of the member's organizations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    createCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignInput"];
            };
        };
        responses: {
            /** @description created (a draft); Location names it */
            201: {
                headers: {
                    /** @description /v1/campaigns/{id} */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /**
             * @description `invalid-body`: a field is missing or malformed, or surveyId names no survey of the site
             *
             *     `invalid-json`: The request body is not valid JSON
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `site-not-found`: Koe-Site names no site of the member's organizations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /**
             * @description `email-not-configured`: this koe sends no email (KOE_SMTP_URL or KOE_PUBLIC_URL is not set)
             *
             *     `too-many-campaigns`: the site has 200 campaigns already
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "email-not-configured" | "too-many-campaigns";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 16 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    showCampaignUnsubscribe: {
        parameters: {
            query: {
                /** @description the recipient's unsubscribe token, from the email's link */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `invalid-query`: the token is missing or malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-query";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
        };
    };
    unsubscribeCampaign: {
        parameters: {
            query: {
                /** @description the recipient's unsubscribe token, from the email's link */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description unsubscribed (a page saying so) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `invalid-query`: the token is missing or malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-query";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
        };
    };
    getCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description campaign id (cmp_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the campaign */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `campaign-not-found`: the key's site has no campaign with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "campaign-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    deleteCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description campaign id (cmp_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `campaign-not-found`: the key's site has no campaign with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "campaign-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    updateCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description campaign id (cmp_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignPatch"];
            };
        };
        responses: {
            /** @description the changed campaign */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /**
             * @description `invalid-body`: a field is malformed or unknown, or repeat or startDate of a started campaign
             *
             *     `invalid-json`: The request body is not valid JSON
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `campaign-not-found`: the key's site has no campaign with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "campaign-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 16 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    listCampaignRecipients: {
        parameters: {
            query?: {
                /** @description only recipients in this state */
                status?: "waiting" | "queued" | "sent" | "failed" | "answered" | "unsubscribed";
                /** @description the previous page’s next */
                after?: string;
                limit?: number;
            };
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description campaign id (cmp_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of recipients */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecipientPage"];
                };
            };
            /**
             * @description `invalid-query`: a parameter is unknown or malformed
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-query" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `campaign-not-found`: the key's site has no campaign with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "campaign-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    addCampaignRecipients: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description campaign id (cmp_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecipientsUpload"];
            };
        };
        responses: {
            /** @description added */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecipientsUploadResult"];
                };
            };
            /**
             * @description `invalid-body`: a recipient or CSV row is malformed (each is named), or both or neither form was sent
             *
             *     `invalid-json`: The request body is not valid JSON
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `campaign-not-found`: the key's site has no campaign with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "campaign-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `too-many-recipients`: the list would hold more than 100000 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "too-many-recipients";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 4096 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    deleteCampaignRecipient: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description campaign id (cmp_…) */
                id: string;
                /** @description recipient id (rcp_…) */
                recipientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `recipient-not-found`: the campaign has no recipient with this id
             *
             *     `campaign-not-found`: the key's site has no campaign with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "recipient-not-found" | "campaign-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    erasePerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonToErase"];
            };
        };
        responses: {
            /** @description erased */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonErasure"];
                };
            };
            /**
             * @description `invalid-body`: neither one email nor one userId
             *
             *     `invalid-json`: The request body is not valid JSON
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `site-not-found`: Koe-Site names no site of the member's organizations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 4 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    createSurveyLinks: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description survey id (srv_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinksInput"];
            };
        };
        responses: {
            /** @description the links, in the order of the recipients */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PersonalLink"][];
                    };
                };
            };
            /**
             * @description `invalid-body`: a recipient is malformed, or there are more than 1,000
             *
             *     `invalid-json`: The request body is not valid JSON
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `survey-not-found`: the key's site has no survey with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "survey-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    getSurveyEmailSnippet: {
        parameters: {
            query?: {
                /** @description the language (default the survey’s) */
                locale?: string;
                /** @description make the links personal to this recipient */
                userId?: string;
                expiresInDays?: number;
            };
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description survey id (srv_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the snippet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailSnippet"];
                };
            };
            /**
             * @description `invalid-query`: a parameter is unknown or malformed
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-query" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             *
             *     `forbidden`: userId (a personal snippet) with a read key, a publishable key, or a viewer’s session
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused" | "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `survey-not-found`: the key's site has no survey with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "survey-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    getSurveyQrCode: {
        parameters: {
            query?: {
                format?: "svg" | "png";
                /** @description PNG width in pixels */
                size?: number;
            };
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description survey id (srv_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                    "image/png": string;
                };
            };
            /**
             * @description `invalid-query`: a parameter is unknown or malformed
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-query" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `survey-not-found`: the key's site has no survey with this id
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "survey-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    rotateLinkSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rotated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkSecretRotation"];
                };
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `site-not-found`: Koe-Site names no site of the member's organizations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    getSite: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the site */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `site-not-found`: Koe-Site names no site of the member's organizations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    updateSite: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SitePatch"];
            };
        };
        responses: {
            /** @description the changed site, as GET /v1/site shows it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            /**
             * @description `invalid-body`: an origin is not one (a path, no or a mistyped scheme, credentials, a bare wildcard), the list is empty or over 50, the name is empty or over 100 characters, or a field is unknown; `issues` names each (`origins.2`)
             *
             *     `invalid-json`: The request body is not valid JSON
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `site-not-found`: Koe-Site names no site of the member's organizations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 32 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    listSiteInstalls: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the installs seen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SiteInstall"][];
                    };
                };
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: a publishable key was sent (publishable keys only send responses)
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `site-not-found`: Koe-Site names no site of the member's organizations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    listKeys: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the keys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SecretKey"][];
                    };
                };
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `site-not-found`: Koe-Site names no site of the member's organizations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    createKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecretKeyInput"];
            };
        };
        responses: {
            /** @description made, with its secret; Location names it */
            201: {
                headers: {
                    /** @description /v1/keys/{id} */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecretKey"];
                };
            };
            /**
             * @description `invalid-body`: the name is empty or over 80 characters, the scope is not read or write
             *
             *     `invalid-json`: The request body is not valid JSON
             *
             *     `site-required`: a session cookie without the Koe-Site header
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json" | "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `site-not-found`: Koe-Site names no site of the member's organizations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 4 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    revokeKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a session cookie: the site (site_…) the request is about. Ignored with a secret key, which carries its site. */
                "koe-site"?: string;
            };
            path: {
                /** @description key id (key_…) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `site-required`: a session cookie without the Koe-Site header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "site-required";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `unauthorized`: no `Authorization: Bearer sk_…` header nor session cookie, or the key is unknown or revoked
             *
             *     `not-signed-in`: the session cookie's session ended (signed out, expired)
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unauthorized" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the key has read scope, a publishable key was sent, or the member's role does not allow it
             *
             *     `csrf-refused`: a session-cookie change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `key-not-found`: the key's site has no key with this id, or it is already revoked
             *
             *     `site-not-found`: Koe-Site names no site of the member's organizations
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "key-not-found" | "site-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `last-write-key`: it is the site's only write key */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "last-write-key";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `rate-limited`: this client sent too many secret keys that are not valid; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignIn"];
            };
        };
        responses: {
            /** @description signed in: the Set-Cookie header carries the session */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `invalid-body`: email or password missing or too long
             *
             *     `invalid-json`: The request body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `sign-in-failed`: the email, the password or the one-time code is wrong
             *
             *     `two-factor-required`: the password was right; the account also needs a one-time code
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "sign-in-failed" | "two-factor-required";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `csrf-refused`: the request came from a page on another origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: too many attempts for this account or from this client; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description signed out; the cookie is cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `not-signed-in`: no session cookie, or its session ended */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `csrf-refused`: a change from another origin or without X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description `not-signed-in`: no session cookie, or its session ended */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    /** @description 8 to 256 characters, any kind (a passphrase is welcome) */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description changed; every other session of the member ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `invalid-body`: the new password is under 8 or over 256 characters
             *
             *     `invalid-json`: The request body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `sign-in-failed`: the current password is wrong
             *
             *     `not-signed-in`: no session cookie, or its session ended
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "sign-in-failed" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `csrf-refused`: a change from another origin or without X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: too many wrong current passwords; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    startTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description the secret to enter in the app */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorEnrollment"];
                };
            };
            /**
             * @description `invalid-body`: the body is not valid, or two-factor is on already
             *
             *     `invalid-json`: The request body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `sign-in-failed`: the password is wrong
             *
             *     `not-signed-in`: no session cookie, or its session ended
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "sign-in-failed" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `csrf-refused`: a change from another origin or without X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: too many wrong passwords; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    confirmTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description on; the recovery codes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            /**
             * @description `invalid-body`: the code does not match, or no enrollment was started
             *
             *     `invalid-json`: The request body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `not-signed-in`: no session cookie, or its session ended */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `csrf-refused`: a change from another origin or without X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
        };
    };
    disableTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description off */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `invalid-body`: the body is not valid
             *
             *     `invalid-json`: The request body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `sign-in-failed`: the password is wrong
             *
             *     `not-signed-in`: no session cookie, or its session ended
             */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "sign-in-failed" | "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `csrf-refused`: a change from another origin or without X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: too many wrong passwords; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    signOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every session ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `not-signed-in`: no session cookie, or its session ended */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `csrf-refused`: a change from another origin or without X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description if the email has an account, a link is on its way */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `invalid-body`: email missing or too long
             *
             *     `invalid-json`: The request body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `csrf-refused`: the request came from a page on another origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `email-not-configured`: This koe sends no email (KOE_SMTP_URL is not set); ask whoever runs it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "email-not-configured";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: too many attempts for this account or from this client; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    completePasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    /** @description 8 to 256 characters, any kind (a passphrase is welcome) */
                    password: string;
                };
            };
        };
        responses: {
            /** @description the password is set */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `invalid-body`: the new password is under 8 or over 256 characters
             *
             *     `invalid-json`: The request body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `reset-link-invalid`: The password reset link is not valid (used, expired or wrong)
             *
             *     `csrf-refused`: the request came from a page on another origin
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "reset-link-invalid" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: too many attempts from this client; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    completeSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description from the setup link the server printed */
                    token: string;
                    email: string;
                    name: string;
                    /** @description 8 to 256 characters, any kind (a passphrase is welcome) */
                    password: string;
                    organizationName: string;
                };
            };
        };
        responses: {
            /** @description the owner exists and is signed in */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `invalid-body`: a field is missing or not valid (`issues`)
             *
             *     `invalid-json`: The request body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `setup-closed`: The setup link is not valid (used, expired or wrong)
             *
             *     `csrf-refused`: the request came from a page on another origin
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "setup-closed" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
            /** @description `rate-limited`: too many attempts from this client; wait Retry-After */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the members */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Member"][];
                    };
                };
            };
            /** @description `not-signed-in`: no session cookie, or its session ended */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `not-found`: no such organization among the member’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `not-signed-in`: no session cookie, or its session ended */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the member’s role in the organization may not do this
             *
             *     `csrf-refused`: a change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `member-not-found`: No such member
             *
             *     `not-found`: no such organization among the member’s
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "member-not-found" | "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `last-owner`: the only owner cannot leave */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "last-owner";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
        };
    };
    changeMemberRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    role: components["schemas"]["Role"];
                };
            };
        };
        responses: {
            /** @description the member with the new role */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /**
             * @description `invalid-body`: role is not owner, admin, editor or viewer
             *
             *     `invalid-json`: The request body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `not-signed-in`: no session cookie, or its session ended */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the member’s role in the organization may not do this
             *
             *     `csrf-refused`: a change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `member-not-found`: No such member
             *
             *     `not-found`: no such organization among the member’s
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "member-not-found" | "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `last-owner`: the member is the organization's only owner */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "last-owner";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description open and expired invitations, newest first (never their links) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Invitation"][];
                    };
                };
            };
            /** @description `not-signed-in`: no session cookie, or its session ended */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `forbidden`: the member’s role in the organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `not-found`: no such organization among the member’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description who it is for (an email is sent when SMTP is set up) */
                    email?: string;
                    role: components["schemas"]["Role"];
                    /** @default 7 */
                    expiresInDays?: number;
                };
            };
        };
        responses: {
            /** @description the invitation with its url */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            /**
             * @description `invalid-body`: role or email not valid, expiresInDays outside 1–30
             *
             *     `invalid-json`: The request body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `not-signed-in`: no session cookie, or its session ended */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the member’s role in the organization may not do this
             *
             *     `csrf-refused`: a change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `not-found`: no such organization among the member’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
        };
    };
    deleteInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description withdrawn: its link no longer works */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `not-signed-in`: no session cookie, or its session ended */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the member’s role in the organization may not do this
             *
             *     `csrf-refused`: a change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /**
             * @description `invitation-not-found`: No such open invitation
             *
             *     `not-found`: no such organization among the member’s
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invitation-not-found" | "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
        };
    };
    previewInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the organization and role */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPreview"];
                };
            };
            /** @description `invitation-not-found`: the link is wrong, used, withdrawn or expired */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invitation-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description joined (a higher role already held is kept) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `not-signed-in`: no session cookie, or its session ended */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the invitation names another email than the account's
             *
             *     `csrf-refused`: a change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `invitation-not-found`: the link is wrong, used, withdrawn or expired */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invitation-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
        };
    };
    signUpWithInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    name: string;
                    /** @description 8 to 256 characters, any kind (a passphrase is welcome) */
                    password: string;
                };
            };
        };
        responses: {
            /** @description the account exists, joined and signed in */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `invalid-body`: email, name or password not valid (`issues`)
             *
             *     `invalid-json`: The request body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /**
             * @description `forbidden`: the invitation names another email
             *
             *     `csrf-refused`: the request came from a page on another origin
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `invitation-not-found`: the link is wrong, used, withdrawn or expired */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invitation-not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `email-taken`: that email has an account: sign in, then accept */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "email-taken";
                        /** @constant */
                        status?: 409;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
        };
    };
    createSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @description page origins allowed to load surveys and send answers: https://shop.example, http://localhost:3000, https://*.example.com (subdomains) or *
                     * @example [
                     *       "https://shop.example",
                     *       "https://*.shop.example"
                     *     ]
                     */
                    origins: string[];
                };
            };
        };
        responses: {
            /** @description the new site */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            /**
             * @description `invalid-body`: the name is empty or an origin is not one (`issues` names each)
             *
             *     `invalid-json`: The request body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `not-signed-in`: no session cookie, or its session ended */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: the member’s role in the organization may not do this
             *
             *     `csrf-refused`: a change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `not-found`: no such organization among the member’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
        };
    };
    listAuditLog: {
        parameters: {
            query: {
                /** @description the organization (org_…) */
                organization: string;
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AuditEntry"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `invalid-query`: organization missing, limit outside 1–500 or a bad cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-query";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `not-signed-in`: no session cookie, or its session ended */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `forbidden`: the member’s role in the organization may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `not-found`: no such organization among the member’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
        };
    };
    getSso: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the connection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoConnection"];
                };
            };
            /** @description `not-signed-in`: no session cookie, or its session ended */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /** @description `forbidden`: only owners manage single sign-on */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `not-found`: no such organization among the member’s, or no single sign-on set up */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
        };
    };
    setSso: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the provider's issuer URL (its /.well-known/openid-configuration is read) */
                    issuer: string;
                    clientId: string;
                    /** @description kept by koe; never shown again */
                    clientSecret: string;
                    /**
                     * @description new accounts with a verified email at this domain join; null: nobody joins by SSO
                     * @default null
                     */
                    autoJoinDomain?: string | null;
                    /**
                     * @description never owner: owners are made by owners
                     * @default viewer
                     * @enum {string}
                     */
                    autoJoinRole?: "admin" | "editor" | "viewer";
                };
            };
        };
        responses: {
            /** @description saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoConnection"];
                };
            };
            /**
             * @description `invalid-body`: a field is not valid, or the issuer has no discovery document koe can read
             *
             *     `invalid-json`: The request body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-body" | "invalid-json";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description `not-signed-in`: no session cookie, or its session ended */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: only owners manage single sign-on
             *
             *     `csrf-refused`: a change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `not-found`: no such organization among the member’s, or no single sign-on set up */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
            /** @description `body-too-large`: the body is over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "body-too-large";
                        /** @constant */
                        status?: 413;
                    };
                };
            };
            /** @description `unsupported-media-type`: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "unsupported-media-type";
                        /** @constant */
                        status?: 415;
                    };
                };
            };
        };
    };
    deleteSso: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `not-signed-in`: no session cookie, or its session ended */
            401: {
                headers: {
                    /** @description Cookie realm="koe" (sign in), or Bearer realm="koe" */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-signed-in";
                        /** @constant */
                        status?: 401;
                    };
                };
            };
            /**
             * @description `forbidden`: only owners manage single sign-on
             *
             *     `csrf-refused`: a change from another origin or without X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "forbidden" | "csrf-refused";
                        /** @constant */
                        status?: 403;
                    };
                };
            };
            /** @description `not-found`: no such organization among the member’s, or no single sign-on set up */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
        };
    };
    startSso: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description to the provider's sign-in, or back to /app?sso_error=provider when it cannot be reached */
            302: {
                headers: {
                    /** @description where the browser goes next */
                    location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `not-found`: the organization has no single sign-on */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
        };
    };
    finishSso: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description to /app, signed in; or to /app?sso_error=… when refused */
            302: {
                headers: {
                    /** @description where the browser goes next */
                    location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getWidgetScript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JavaScript */
            200: {
                headers: {
                    /** @description validator for If-None-Match */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            /** @description not modified (If-None-Match named the current ETag) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `not-found`: the widget is not built (npm run build) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
        };
    };
    getWidgetUi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JavaScript */
            200: {
                headers: {
                    /** @description validator for If-None-Match */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            /** @description not modified (If-None-Match named the current ETag) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `not-found`: the widget is not built (npm run build) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
        };
    };
    getWidgetExplainer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JavaScript */
            200: {
                headers: {
                    /** @description validator for If-None-Match */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            /** @description not modified (If-None-Match named the current ETag) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `not-found`: the widget is not built (npm run build) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "not-found";
                        /** @constant */
                        status?: 404;
                    };
                };
            };
        };
    };
    showHostedSurvey: {
        parameters: {
            query?: {
                /** @description a personal link's token */
                t?: string;
                /** @description the score chosen in an email */
                score?: number | null;
                /** @description the channel of an anonymous link (default link) */
                c?: "link" | "email";
            };
            header?: never;
            path: {
                /** @description the survey id */
                surveyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the survey page (or: already answered, thank you) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description the personal link is altered or for another survey (a page saying so); or a malformed query (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "invalid-query";
                        /** @constant */
                        status?: 400;
                    };
                };
            };
            /** @description no survey with this id is open (a page saying so) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description the personal link has expired (a page saying so) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `rate-limited`: too many requests from this client */
            429: {
                headers: {
                    /** @description seconds until the window resets */
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "rate-limited";
                        /** @constant */
                        status?: 429;
                    };
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OpenAPI 3.1 (CORS *) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
}
