// The `slack` format: a Slack incoming-webhook message (also understood by
// Mattermost and similar) with the score, bucket, comment, touchpoint and a
// link to the survey in the dashboard; for alerts, the rule and what happened.

interface EventBody {
  type: string;
  data: {
    /** respondent.at_risk only. */
    userId?: string;
    rules?: string[];
    previous?: { score: number } | null;
    response: {
      surveyId: string;
      score: number;
      bucket: string;
      comment: string | null;
      touchpoint: string | null;
      reasons: string[];
    };
  };
}

// Slack's mrkdwn treats &, < and > as markup; visitor text must stay text.
const asText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const ICONS: Record<string, string> = {
  detractor: ':red_circle:',
  dissatisfied: ':red_circle:',
  passive: ':large_yellow_circle:',
  neutral: ':large_yellow_circle:',
  promoter: ':large_green_circle:',
  satisfied: ':large_green_circle:',
};

interface AlertBody {
  type: 'alert.triggered' | 'alert.resolved';
  data: { alert: { name: string }; event: { summary: string }; link: string | null };
}

/** An alert or all clear: the rule's name, the one-line summary, the link. */
function alertMessage({ type, data }: AlertBody): string {
  const triggered = type === 'alert.triggered';
  const lines = [
    `${triggered ? ':rotating_light: *Alert*' : ':white_check_mark: *All clear*'}: ${asText(data.alert.name)}`,
    asText(data.event.summary),
  ];
  if (data.link) lines.push(`<${data.link}|Open in koe>`);
  return JSON.stringify({
    text: `${triggered ? 'Alert' : 'All clear'}: ${data.alert.name} — ${data.event.summary}`,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } }],
  });
}

export function slackMessage(eventJson: string, publicUrl: string | undefined): string {
  const body = JSON.parse(eventJson) as EventBody | AlertBody;
  if (body.type === 'alert.triggered' || body.type === 'alert.resolved')
    return alertMessage(body as AlertBody);
  const { type, data } = body as EventBody;
  const r = data.response;
  const headline = `${ICONS[r.bucket] ?? ''} *${r.score}* (${r.bucket})${r.touchpoint ? ` at ${asText(r.touchpoint)}` : ''}`;
  const lines = [headline.trim()];
  if (type === 'respondent.at_risk') {
    const was = data.previous ? `, was ${data.previous.score}` : '';
    lines.unshift(
      `:warning: *At risk*: ${asText(data.userId ?? '')} (${(data.rules ?? []).join(', ')}${was})`,
    );
  }
  if (r.comment) lines.push(`> ${asText(r.comment).replace(/\n/g, '\n> ')}`);
  if (r.reasons.length) lines.push(`Reasons: ${r.reasons.map(asText).join(', ')}`);
  const link = publicUrl
    ? `${publicUrl.replace(/\/$/, '')}/app/surveys/${encodeURIComponent(r.surveyId)}`
    : undefined;
  if (link) lines.push(`<${link}|Open in koe>`);
  return JSON.stringify({
    text: `${type}: ${r.score} (${r.bucket})${r.comment ? ` — ${r.comment}` : ''}`,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } }],
  });
}
