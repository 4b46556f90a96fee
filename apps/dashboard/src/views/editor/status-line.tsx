// The survey's status as saved, what it means for visitors, and the one next
// step: Publish a draft (or Resume a paused survey), Pause an active one.
// The step saves the whole draft with the new status.

import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import type { Draft } from './draft';

type Status = Draft['status'];

const HELP: Record<Status, MessageKey> = {
  draft: 'statusDraftHelp',
  active: 'statusActiveHelp',
  paused: 'statusPausedHelp',
  archived: 'statusArchivedHelp',
};

export function StatusLine({
  status,
  busy,
  onChange,
}: {
  status: Status;
  busy: boolean;
  onChange: (next: Status, event: Event) => void;
}) {
  const { t } = useI18n();
  const next: Status = status === 'active' ? 'paused' : 'active';
  const action: MessageKey =
    status === 'active' ? 'pause' : status === 'paused' ? 'resume' : 'publish';
  return (
    <div class="status-line">
      <span class={`status-badge ${status}`}>{t(status)}</span>
      <span id="status-help">{t(HELP[status])}</span>
      <button
        type="button"
        class={status === 'active' ? 'secondary' : undefined}
        disabled={busy}
        aria-describedby="status-help"
        onClick={(event) => onChange(next, event)}
      >
        {t(action)}
      </button>
    </div>
  );
}
