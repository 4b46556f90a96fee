// One field of the alert and digest forms: its label, the control, a line
// of help and the API's issue under it, tied to the control by
// aria-describedby (and aria-invalid while the issue stands).
import type { ComponentChildren } from 'preact';

export function describedBy(id: string, help: boolean, issue: string | undefined) {
  const ids = [help && `${id}-help`, issue && `${id}-issue`].filter(Boolean).join(' ');
  return {
    id,
    'aria-invalid': issue ? true : undefined,
    'aria-describedby': ids || undefined,
  } as const;
}

export function LabelledField({
  id,
  label,
  help,
  issue,
  grow,
  children,
}: {
  id: string;
  label: string;
  help?: string;
  issue?: string | undefined;
  grow?: boolean;
  children: ComponentChildren;
}) {
  return (
    <div class={grow ? 'field grow' : 'field'}>
      <label for={id}>{label}</label>
      {children}
      {help && (
        <p class="muted small field-help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {issue && (
        <p class="issue" id={`${id}-issue`}>
          {issue}
        </p>
      )}
    </div>
  );
}
