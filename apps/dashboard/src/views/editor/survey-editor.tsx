// Create or edit a survey: type, texts per locale, follow-ups with reason
// chips, trigger, sampling, recontact, placement and theme — beside a live
// preview in the real widget and the snippet to paste. The draft is checked
// with the API's own schema as it changes; the server's answer has the last word.
// Issues read in the form's words and show once their field was changed or a
// save was tried; the status line publishes or pauses in one click; with
// unsaved changes the save bar stays in view.
import {
  bucketsOf,
  type FieldIssue,
  LocaleSchema,
  SURVEY_TYPES,
  type SurveyType,
  WIDGET_LANGUAGES,
} from '@koe/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApiError } from '../../api/client';
import { createSurvey, getSurvey, updateSurvey } from '../../api/endpoints';
import { useDashboard } from '../../dashboard-context';
import { useI18n } from '../../i18n/i18n';
import { hrefOf } from '../../routing';
import { useAsync } from '../../use-async';
import { SnippetBox } from '../install/snippet-box';
import { LoadError, Loading } from '../load-state';
import { problemText } from '../problem-text';
import {
  checkDraft,
  type Draft,
  draftOf,
  localesOf,
  newDraft,
  optionalText,
  patchOf,
  removeLocale,
  withType,
} from './draft';
import { changedAt, sameDraft } from './draft-changes';
import { FollowUpEditor } from './follow-up-editor';
import { describeIssue, withoutEchoes } from './issue-fields';
import { LocalizedInput } from './localized-input';
import { StatusLine } from './status-line';
import { TriggerEditor } from './trigger-editor';
import { WidgetPreview } from './widget-preview';

const STATUSES = ['draft', 'active', 'paused', 'archived'] as const;
const PLACEMENTS = ['bottom-right', 'bottom-left', 'center', 'inline'] as const;
const CSAT_DISPLAYS = ['number', 'smiley', 'star'] as const;

export function SurveyEditor({ surveyId }: { surveyId: string | null }) {
  const { api, can } = useDashboard();
  const { t } = useI18n();
  const loaded = useAsync(
    async (signal) => (surveyId ? draftOf(await getSurvey(api, surveyId, signal)) : newDraft()),
    [api, surveyId],
  );
  if (!can('edit-surveys'))
    return (
      <p class="panel" role="alert">
        {t('editorNotForRole')}
      </p>
    );
  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  return <EditorForm surveyId={surveyId} initial={loaded.data} />;
}

function EditorForm({ surveyId, initial }: { surveyId: string | null; initial: Draft }) {
  const { api } = useDashboard();
  const { route } = useLocation();
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, setDraft] = useState(initial);
  // The survey as last saved: what "unsaved changes" and a PATCH compare with.
  const [saved, setSaved] = useState(initial);
  const [triedSave, setTriedSave] = useState(false);
  const [extraLocales, setExtraLocales] = useState<string[]>([]);
  const [newLocale, setNewLocale] = useState('');
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'invalid'>('idle');
  const [error, setError] = useState<string>();
  // A refused save (often Publish, at the top) brings the list of what to fix into view.
  const issueList = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (status === 'invalid') issueList.current?.focus();
  }, [status]);

  const locales = useMemo(
    () => [...new Set([...localesOf(draft), ...extraLocales])],
    [draft, extraLocales],
  );
  const localIssues = useMemo(() => checkDraft(draft), [draft]);
  const dirty = surveyId === null || !sameDraft(draft, saved);
  // The schema's issues show once their field was changed or a save was tried; the server's always.
  const issues = withoutEchoes([
    ...localIssues.filter((issue) => triedSave || changedAt(saved, draft, issue.field)),
    ...serverIssues,
  ]);
  const words = (issue: FieldIssue) => describeIssue(issue, i18n, draft.defaultLocale);
  // An issue shows on its own field, on the fields inside it, and inside the field it names.
  const issueFor = (field: string) => {
    const found = issues.find(
      (issue) =>
        issue.field === field ||
        issue.field.startsWith(`${field}.`) ||
        field.startsWith(`${issue.field}.`),
    );
    return found && words(found);
  };
  const change = (next: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...next }));
    setServerIssues([]);
    setStatus('idle');
  };

  /** Saves the draft, with its status changed first when publishing or pausing. */
  async function save(event: Event, surveyStatus?: Draft['status']) {
    event.preventDefault();
    const next = surveyStatus ? { ...draft, status: surveyStatus } : draft;
    if (surveyStatus) setDraft(next);
    setTriedSave(true);
    if (checkDraft(next).length) {
      setStatus('invalid');
      return;
    }
    setStatus('saving');
    setError(undefined);
    try {
      const stored = surveyId
        ? await updateSurvey(api, surveyId, patchOf(saved, next))
        : await createSurvey(api, next);
      setSaved(next);
      setTriedSave(false);
      setStatus('saved');
      if (!surveyId) route(hrefOf({ view: 'editor', surveyId: stored.id }), true);
    } catch (failure) {
      if (failure instanceof ApiError && failure.issues.length) {
        setServerIssues(failure.issues);
        setStatus('invalid');
      } else {
        setError(problemText(failure, i18n));
        setStatus('idle');
      }
    }
  }

  function addLocale(event: Event) {
    event.preventDefault();
    const parsed = LocaleSchema.safeParse(newLocale.trim());
    if (parsed.success && !locales.includes(parsed.data)) {
      setExtraLocales([...extraLocales, parsed.data]);
      setNewLocale('');
    }
  }

  const type: SurveyType = draft.type;
  return (
    <div class="editor">
      <nav class="crumbs" aria-label={t('surveys')}>
        <a href={hrefOf({ view: 'surveys' })}>← {t('back')}</a>
        {surveyId && (
          <>
            {' · '}
            <a href={hrefOf({ view: 'overview', surveyId })}>{draft.name}</a>
            {' · '}
            <a href={hrefOf({ view: 'share', surveyId })}>{t('shareTab')}</a>
          </>
        )}
      </nav>
      <h1>{surveyId ? t('editorEdit') : t('editorNew')}</h1>
      <StatusLine
        status={saved.status}
        busy={status === 'saving'}
        onChange={(next, event) => save(event, next)}
      />
      <div class="editor-layout">
        <form class="editor-form" onSubmit={(event) => save(event)} noValidate>
          <fieldset>
            <legend>{t('general')}</legend>
            <div class="field-row">
              <label class="field grow">
                <span>{t('name')}</span>
                <input
                  value={draft.name}
                  maxLength={120}
                  required
                  aria-invalid={issueFor('name') ? true : undefined}
                  onInput={(event) => change({ name: event.currentTarget.value })}
                />
              </label>
              <label class="field">
                <span>{t('type')}</span>
                <select
                  value={type}
                  disabled={surveyId !== null}
                  onChange={(event) =>
                    change(withType(draft, event.currentTarget.value as SurveyType))
                  }
                >
                  {SURVEY_TYPES.map((name) => (
                    <option key={name} value={name}>
                      {name.toUpperCase()}
                    </option>
                  ))}
                </select>
              </label>
              <label class="field">
                <span>{t('status')}</span>
                <select
                  value={draft.status}
                  onChange={(event) =>
                    change({ status: event.currentTarget.value as Draft['status'] })
                  }
                >
                  {STATUSES.map((name) => (
                    <option key={name} value={name}>
                      {t(name)}
                    </option>
                  ))}
                </select>
              </label>
              {type === 'csat' && (
                <label class="field">
                  <span>{t('csatDisplay')}</span>
                  <select
                    value={draft.csatDisplay}
                    onChange={(event) =>
                      change({ csatDisplay: event.currentTarget.value as Draft['csatDisplay'] })
                    }
                  >
                    {CSAT_DISPLAYS.map((name) => (
                      <option key={name} value={name}>
                        {t(name)}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </div>
          </fieldset>

          <fieldset>
            <legend>{t('locales')}</legend>
            <div class="field-row">
              <label class="field">
                <span>{t('defaultLocale')}</span>
                <select
                  value={draft.defaultLocale}
                  onChange={(event) => change({ defaultLocale: event.currentTarget.value })}
                >
                  {locales.map((locale) => (
                    <option key={locale} value={locale}>
                      {locale}
                    </option>
                  ))}
                </select>
              </label>
              <label class="field">
                <span>{t('addLocale')}</span>
                <input
                  value={newLocale}
                  maxLength={35}
                  placeholder="ja"
                  list="widget-languages"
                  onInput={(event) => setNewLocale(event.currentTarget.value)}
                  onKeyDown={(event) => event.key === 'Enter' && addLocale(event)}
                />
              </label>
              <button type="button" class="secondary" onClick={addLocale}>
                {t('addLocale')}
              </button>
              {/* The languages the widget has its own words in (buttons, "Thank you"). */}
              <datalist id="widget-languages">
                {WIDGET_LANGUAGES.filter((language) => !locales.includes(language)).map(
                  (language) => (
                    <option key={language} value={language} />
                  ),
                )}
              </datalist>
            </div>
            <ul class="locale-list">
              {locales.map((locale) => (
                <li key={locale}>
                  <span lang={locale}>{locale}</span>
                  {locale !== draft.defaultLocale && (
                    <button
                      type="button"
                      class="link"
                      onClick={() => {
                        setExtraLocales(extraLocales.filter((l) => l !== locale));
                        setDraft(removeLocale(draft, locale));
                      }}
                    >
                      {t('removeLocale')} <span class="visually-hidden">{locale}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </fieldset>

          <fieldset>
            <legend>{t('texts')}</legend>
            <LocalizedInput
              label={t('question')}
              text={draft.question}
              locales={locales}
              required
              issue={issueFor('question')}
              onChange={(question) => change({ question })}
            />
            <LocalizedInput
              label={t('lowLabel')}
              text={draft.scaleLabels?.low}
              locales={locales}
              issue={issueFor('scaleLabels.low')}
              onChange={(low) => {
                const high = draft.scaleLabels?.high ?? {};
                change({
                  scaleLabels: optionalText(low) || optionalText(high) ? { low, high } : undefined,
                });
              }}
            />
            <LocalizedInput
              label={t('highLabel')}
              text={draft.scaleLabels?.high}
              locales={locales}
              issue={issueFor('scaleLabels.high')}
              onChange={(high) => {
                const low = draft.scaleLabels?.low ?? {};
                change({
                  scaleLabels: optionalText(low) || optionalText(high) ? { low, high } : undefined,
                });
              }}
            />
            <LocalizedInput
              label={t('thanks')}
              text={draft.thanks}
              locales={locales}
              issue={issueFor('thanks')}
              onChange={(thanks) => change({ thanks: optionalText(thanks) })}
            />
          </fieldset>

          <fieldset>
            <legend>{t('followUps')}</legend>
            {bucketsOf(type).map((bucket) => (
              <FollowUpEditor
                key={bucket}
                bucket={bucket}
                followUp={draft.followUp[bucket]}
                locales={locales}
                defaultLocale={draft.defaultLocale}
                issueFor={issueFor}
                onChange={(followUp) => {
                  const { [bucket]: _old, ...rest } = draft.followUp;
                  change({ followUp: followUp ? { ...rest, [bucket]: followUp } : rest });
                }}
              />
            ))}
          </fieldset>

          <TriggerEditor
            trigger={draft.trigger}
            issueFor={issueFor}
            onChange={(trigger) => change({ trigger })}
          />

          <fieldset>
            <legend>{t('audience')}</legend>
            <div class="field-row">
              <label class="field">
                <span>{t('sampleRate')}</span>
                <input
                  type="number"
                  min={0}
                  max={100}
                  step={1}
                  value={Math.round(draft.sampleRate * 1000) / 10}
                  aria-invalid={issueFor('sampleRate') ? true : undefined}
                  onInput={(event) =>
                    change({ sampleRate: (event.currentTarget.valueAsNumber || 0) / 100 })
                  }
                />
              </label>
              <label class="field">
                <span>{t('recontactDays')}</span>
                <input
                  type="number"
                  min={0}
                  max={3650}
                  value={draft.recontactDays}
                  aria-invalid={issueFor('recontactDays') ? true : undefined}
                  onInput={(event) =>
                    change({ recontactDays: event.currentTarget.valueAsNumber || 0 })
                  }
                />
              </label>
            </div>
          </fieldset>

          <fieldset>
            <legend>{t('theme')}</legend>
            <div class="field-row">
              <label class="field">
                <span>{t('placement')}</span>
                <select
                  value={draft.placement}
                  onChange={(event) =>
                    change({ placement: event.currentTarget.value as Draft['placement'] })
                  }
                >
                  {PLACEMENTS.map((name) => (
                    <option key={name} value={name}>
                      {t(name)}
                    </option>
                  ))}
                </select>
              </label>
              <label class="field">
                <span>{t('accent')}</span>
                <input
                  type="color"
                  value={
                    /^#[0-9a-f]{6}$/i.test(draft.theme.accent) ? draft.theme.accent : '#4f46e5'
                  }
                  onInput={(event) =>
                    change({ theme: { ...draft.theme, accent: event.currentTarget.value } })
                  }
                />
              </label>
              <label class="field">
                <span>{t('radius')}</span>
                <input
                  type="number"
                  min={0}
                  max={32}
                  value={draft.theme.radius}
                  onInput={(event) =>
                    change({
                      theme: { ...draft.theme, radius: event.currentTarget.valueAsNumber || 0 },
                    })
                  }
                />
              </label>
              <label class="field">
                <span>{t('themeMode')}</span>
                <select
                  value={draft.theme.mode}
                  onChange={(event) =>
                    change({
                      theme: {
                        ...draft.theme,
                        mode: event.currentTarget.value as Draft['theme']['mode'],
                      },
                    })
                  }
                >
                  {(['auto', 'light', 'dark'] as const).map((mode) => (
                    <option key={mode} value={mode}>
                      {t(`themeMode_${mode}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label class="field">
                <span>{t('themeFont')}</span>
                <select
                  value={draft.theme.font}
                  onChange={(event) =>
                    change({
                      theme: {
                        ...draft.theme,
                        font: event.currentTarget.value as Draft['theme']['font'],
                      },
                    })
                  }
                >
                  {(['system', 'inherit'] as const).map((font) => (
                    <option key={font} value={font}>
                      {t(`themeFont_${font}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label class="field">
                <span>{t('thanksSeconds')}</span>
                <input
                  type="number"
                  min={0}
                  max={60}
                  value={draft.thanksSeconds}
                  onInput={(event) =>
                    change({ thanksSeconds: event.currentTarget.valueAsNumber || 0 })
                  }
                />
              </label>
            </div>
          </fieldset>

          {status === 'invalid' && issues.length > 0 && (
            <div class="error" role="alert" tabIndex={-1} ref={issueList}>
              <p>{t('invalid')}</p>
              <ul>
                {issues.map((issue) => (
                  <li key={`${issue.field}:${issue.message}`}>{words(issue)}</li>
                ))}
              </ul>
            </div>
          )}
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <div class={dirty ? 'save-row dirty' : 'save-row'}>
            <button type="submit" disabled={status === 'saving'}>
              {status === 'saving' ? t('saving') : t('save')}
            </button>
            <span role="status">
              {status === 'saved' && !dirty ? t('saved') : dirty ? t('unsaved') : ''}
            </span>
          </div>
        </form>
        <aside class="editor-side">
          <WidgetPreview draft={draft} surveyId={surveyId ?? 'srv_preview'} locales={locales} />
          <SnippetBox surveyId={surveyId ?? 'srv_…'} />
        </aside>
      </div>
    </div>
  );
}
