/**
 * Settings: the language, the city pack, "this is a city computer", strict
 * mode, work hours and days, the acknowledgement on record, and a link to the
 * pack studio for the staff who write the policy. A setting IT fixes through
 * managed configuration is shown locked, with the reason.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatDate, formatTime } from '../../components/format';
import { setLanguage, STRINGS } from '../../components/strings';
import { studioStrings } from '../../components/studio-strings';
import { LANGUAGE_CHOICES, resolveLanguage } from '../../rules/language';
import { browser } from '../../utils/browser';
import { browserLocale } from '../../utils/browser-locale';
import { SaveResult } from '../../utils/messages';
import type { Settings } from '../../utils/settings';
import { loadStatus, type PageStatus, usePackUpdateCheck } from '../../utils/status';
import { PackInfo } from '../../components/PackInfo';

type Feedback = { ok: true } | { ok: false; errors: string[] } | null;

function LockNote({ id, locked }: { id: string; locked: boolean }) {
  return locked ? (
    <span id={id} class="locked">
      {STRINGS.settingsLocked}
    </span>
  ) : null;
}

function Field({ children, hint, hintId }: { children: ComponentChildren; hint?: string; hintId?: string }) {
  return (
    <div class="field">
      {children}
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** A yes/no setting with its explanation, locked when IT set it. */
function Toggle(props: { id: string; label: string; hint: string; checked: boolean; locked: boolean; onChange(on: boolean): void }) {
  return (
    <Field hint={props.hint} hintId={`${props.id}-hint`}>
      <label class="check">
        <input
          type="checkbox"
          checked={props.checked}
          disabled={props.locked}
          aria-describedby={`${props.id}-hint`}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />{' '}
        {props.label}
      </label>
      <LockNote id={`${props.id}-lock`} locked={props.locked} />
    </Field>
  );
}

export function OptionsApp() {
  const [page, setPage] = useState<PageStatus | null>(null);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, checkForUpdate] = usePackUpdateCheck(setPage);
  useEffect(() => {
    loadStatus().then(
      (status) => {
        setPage(status);
        setDraft(status.settings);
      },
      (e: unknown) => setProblem(e instanceof Error ? e.message : String(e)),
    );
  }, []);

  if (!page || !draft) return <main>{problem ? <p role="alert">{STRINGS.offExplained(problem)}</p> : <p class="empty">{STRINGS.loading}</p>}</main>;
  const locked = (key: string) => page.managed.includes(key);
  const update = (patch: Partial<Settings>) => {
    setDraft({ ...draft, ...patch });
    setFeedback(null);
  };
  const hours = draft.workHours ?? { days: [], start: '09:00', end: '17:00' };
  const setHours = (patch: Partial<typeof hours>) => {
    const next = { ...hours, ...patch };
    update({ workHours: next.days.length ? next : undefined });
  };

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      const result = SaveResult.parse(await browser.runtime.sendMessage({ type: 'save-settings', settings: draft }));
      // This page speaks the saved language at once (the state change below re-renders it); other pages when next opened.
      if (result.ok) {
        const locale = browserLocale();
        const language = resolveLanguage(draft.language, locale);
        setLanguage(language, locale);
        document.documentElement.lang = language;
        document.title = STRINGS.pageTitle.options;
      }
      setFeedback(result);
    } catch (e) {
      setFeedback({ ok: false, errors: [e instanceof Error ? e.message : String(e)] });
    }
  };

  const ack = page.ack.acknowledged;
  return (
    <main>
      <h1>{STRINGS.settingsTitle}</h1>
      <form onSubmit={save}>
        <Field hint={STRINGS.settingsLanguageHint} hintId="language-hint">
          <label for="language">{STRINGS.settingsLanguage}</label>{' '}
          <select
            id="language"
            value={draft.language ?? 'auto'}
            disabled={locked('language')}
            aria-describedby={locked('language') ? 'language-hint language-lock' : 'language-hint'}
            onChange={(e) => update({ language: LANGUAGE_CHOICES.find((c) => c === e.currentTarget.value) ?? 'auto' })}
          >
            {LANGUAGE_CHOICES.map((choice) => (
              // Each language named in itself, marked as such for screen readers.
              <option key={choice} value={choice} lang={choice === 'auto' ? undefined : choice}>
                {STRINGS.languageNames[choice]}
              </option>
            ))}
          </select>{' '}
          <LockNote id="language-lock" locked={locked('language')} />
        </Field>
        <Field>
          <label for="pack">{STRINGS.settingsPack}</label>{' '}
          <select
            id="pack"
            value={draft.packId ?? page.pack.id}
            disabled={locked('packId')}
            aria-describedby={locked('packId') ? 'pack-lock' : undefined}
            onChange={(e) => update({ packId: e.currentTarget.value })}
          >
            {page.choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.city}
              </option>
            ))}
          </select>{' '}
          <LockNote id="pack-lock" locked={locked('packId')} />
        </Field>
        <Toggle id="city-computer" label={STRINGS.settingsCityComputer} hint={STRINGS.settingsCityComputerHint} checked={draft.cityComputer} locked={locked('cityComputer')} onChange={(on) => update({ cityComputer: on })} />
        <Toggle id="strict" label={STRINGS.settingsStrict} hint={STRINGS.settingsStrictHint} checked={draft.strictMode} locked={locked('strictMode')} onChange={(on) => update({ strictMode: on })} />
        <fieldset disabled={locked('workHours')}>
          <legend>{STRINGS.settingsWorkHours}</legend>
          <LockNote id="hours-lock" locked={locked('workHours')} />
          <div class="days" role="group" aria-label={STRINGS.settingsWorkDays}>
            {STRINGS.weekdays.map((day, index) => (
              <label class="check" key={day}>
                <input
                  type="checkbox"
                  checked={hours.days.includes(index)}
                  onChange={(e) => setHours({ days: e.currentTarget.checked ? [...hours.days, index].sort() : hours.days.filter((d) => d !== index) })}
                />{' '}
                {day}
              </label>
            ))}
          </div>
          <div>
            <label for="start">{STRINGS.settingsStart}</label> <input id="start" type="time" value={hours.start} onInput={(e) => setHours({ start: e.currentTarget.value })} />{' '}
            <label for="end">{STRINGS.settingsEnd}</label> <input id="end" type="time" value={hours.end} onInput={(e) => setHours({ end: e.currentTarget.value })} />
          </div>
        </fieldset>
        <div>
          <button type="submit" class="button button--primary">
            {STRINGS.settingsSave}
          </button>
        </div>
        <div role="status" aria-live="polite">
          {feedback?.ok && <p>{STRINGS.settingsSaved}</p>}
        </div>
        {feedback && !feedback.ok && (
          <div role="alert">
            <p>{STRINGS.settingsInvalid}</p>
            <ul>
              {feedback.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </div>
        )}
      </form>
      <h2>{STRINGS.packTitle}</h2>
      <PackInfo
        pack={page.pack}
        source={page.source}
        {...(page.awaiting ? { awaiting: page.awaiting } : {})}
        update={page.update}
        checking={checking}
        formatTime={formatTime}
        onCheckForUpdate={checkForUpdate}
      />
      <h2>{STRINGS.settingsAck}</h2>
      {ack ? (
        <p class="done">{STRINGS.ackDone(ack.name, formatDate(ack.acknowledgedAt), page.ack.policyVersion)}</p>
      ) : (
        <p>
          {STRINGS.ackNone} <a href="/acknowledge.html">{STRINGS.ackReminderLink}</a>
        </p>
      )}
      <h2>{studioStrings().optionsHeading}</h2>
      <p>
        {studioStrings().optionsIntro} <a href="/studio.html">{studioStrings().optionsLink}</a>
      </p>
    </main>
  );
}
