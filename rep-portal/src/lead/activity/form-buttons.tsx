import { strings } from '../../strings';

/** Submit and cancel buttons of an activity form, both disabled while the form waits for the server. */
export function FormButtons({ submitLabel, submitting, onCancel }: { submitLabel: string; submitting: boolean; onCancel: () => void }) {
  return (
    <div className="button-row">
      <button type="submit" className="button primary" disabled={submitting}>
        {submitLabel}
      </button>
      <button type="button" className="button" onClick={onCancel} disabled={submitting}>
        {strings.activity.cancel}
      </button>
    </div>
  );
}
