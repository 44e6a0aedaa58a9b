import { formatInstant } from '@accord/portal-kit';
import { useState } from 'react';
import { useViewerTimeZone } from '../../format/use-viewer-time-zone';
import { strings } from '../../strings';
import type { LeadDetail } from '../lead.operations';
import { ActivityFailure } from './activity-failure';
import { ContactAttemptForm } from './contact-attempt-form';
import { MissingFieldsForm } from './missing-fields-form';
import { NoteForm } from './note-form';
import { PauseSlaForm } from './pause-sla-form';
import { PipelineReviewForm } from './pipeline-review-form';
import { useAddLeadNote } from './use-add-lead-note';
import { useLogContactAttempt } from './use-log-contact-attempt';
import { usePauseSla } from './use-pause-sla';
import { useReviewPipeline } from './use-review-pipeline';
import { useUpdateLead } from './use-update-lead';

export type ActivityFormName = 'CONTACT' | 'NOTE' | 'PAUSE' | 'REVIEW' | 'FIELDS';

export interface LeadActivityPanelProps {
  lead: LeadDetail;
  openForm: ActivityFormName | null;
  onOpenForm: (form: ActivityFormName | null) => void;
}

/**
 * Offer the follow-up work on a lead: log a contact attempt, add a note, pause or resume the SLA clock
 * when its policy allows, and fill in the fields the next stage requires. An opportunity also gets its
 * weekly pipeline review. One form is open at a time.
 * A change shows at once; when the server rejects it, the change is rolled back and the open form
 * explains why and keeps the input.
 */
export function LeadActivityPanel({ lead, openForm, onOpenForm }: LeadActivityPanelProps) {
  const labels = strings.activity;
  const contact = useLogContactAttempt(lead);
  const note = useAddLeadNote(lead);
  const sla = usePauseSla(lead);
  const fields = useUpdateLead(lead);
  const pipelineReview = useReviewPipeline(lead);
  const timeZone = useViewerTimeZone();
  const [confirmation, setConfirmation] = useState<string | null>(null);

  const open = (form: ActivityFormName | null) => {
    contact.reset();
    note.reset();
    sla.reset();
    fields.reset();
    pipelineReview.reset();
    setConfirmation(null);
    onOpenForm(form);
  };

  const finish = (saved: LeadDetail | null, message: string) => {
    if (saved === null) return;

    onOpenForm(null);
    setConfirmation(message);
  };

  const paused = lead.slaState === 'PAUSED';
  const canPause = !paused && lead.slaPauseReasons.length > 0;
  const missingFields = lead.missingFieldsForNextStage;
  const reviewedMessage = (reviewed: LeadDetail | null) =>
    reviewed?.slaDueAt == null
      ? labels.pipelineReview.doneWithoutDeadline
      : labels.pipelineReview.done(formatInstant(reviewed.slaDueAt, timeZone));
  const resumeFailed = openForm === null && sla.state.status === 'failed' ? sla.state.error : undefined;

  return (
    <section className="card lead-activity" aria-labelledby="lead-activity-heading">
      <h2 id="lead-activity-heading">{labels.heading}</h2>

      {confirmation !== null && (
        <p role="status" className="notice">
          {confirmation}
        </p>
      )}
      <ActivityFailure heading={labels.resume.failed} error={resumeFailed} />

      <div className="button-row activity-buttons">
        <ShortcutButton label={labels.contact.open} shortcut="c" onClick={() => open('CONTACT')} />
        <ShortcutButton label={labels.note.open} shortcut="n" onClick={() => open('NOTE')} />
        {canPause && <ShortcutButton label={labels.pause.open} onClick={() => open('PAUSE')} />}
        {paused && (
          <ShortcutButton
            label={sla.state.status === 'pending' ? labels.resume.submitting : labels.resume.open}
            disabled={sla.state.status === 'pending'}
            onClick={() => {
              open(null);
              void sla.resume().then((saved) => finish(saved, labels.resume.done));
            }}
          />
        )}
        {lead.stage === 'OPPORTUNITY' && <ShortcutButton label={labels.pipelineReview.open} onClick={() => open('REVIEW')} />}
        {missingFields.length > 0 && <ShortcutButton label={labels.fields.open(missingFields.length)} onClick={() => open('FIELDS')} />}
      </div>

      {openForm === 'CONTACT' && (
        <ContactAttemptForm
          submitting={contact.state.status === 'pending'}
          error={failedError(contact.state)}
          onSubmit={(input) => void contact.log(input).then((saved) => finish(saved, labels.contact.done))}
          onCancel={() => open(null)}
        />
      )}
      {openForm === 'NOTE' && (
        <NoteForm
          submitting={note.state.status === 'pending'}
          error={failedError(note.state)}
          onSubmit={(body) => void note.add(body).then((saved) => finish(saved, labels.note.done))}
          onCancel={() => open(null)}
        />
      )}
      {openForm === 'PAUSE' && (
        <PauseSlaForm
          reasons={lead.slaPauseReasons}
          submitting={sla.state.status === 'pending'}
          error={failedError(sla.state)}
          onSubmit={(reason) => void sla.pause(reason).then((saved) => finish(saved, labels.pause.done(reason)))}
          onCancel={() => open(null)}
        />
      )}
      {openForm === 'REVIEW' && (
        <PipelineReviewForm
          submitting={pipelineReview.state.status === 'pending'}
          error={failedError(pipelineReview.state)}
          onSubmit={(note) => void pipelineReview.review(note).then((saved) => finish(saved, reviewedMessage(saved)))}
          onCancel={() => open(null)}
        />
      )}
      {openForm === 'FIELDS' && (
        <MissingFieldsForm
          fields={missingFields}
          submitting={fields.state.status === 'pending'}
          error={failedError(fields.state)}
          onSubmit={(input) => void fields.update(input).then((saved) => finish(saved, labels.fields.done))}
          onCancel={() => open(null)}
        />
      )}
    </section>
  );
}

function failedError(state: { status: string; error?: unknown }): unknown {
  return state.status === 'failed' ? state.error : undefined;
}

interface ShortcutButtonProps {
  label: string;
  /** Key that does the same from anywhere on the page. */
  shortcut?: string;
  disabled?: boolean;
  onClick: () => void;
}

function ShortcutButton({ label, shortcut, disabled = false, onClick }: ShortcutButtonProps) {
  return (
    <button type="button" className="button" aria-keyshortcuts={shortcut} disabled={disabled} onClick={onClick}>
      {label}
      {shortcut !== undefined && (
        <kbd className="shortcut-key" aria-hidden="true">
          {shortcut}
        </kbd>
      )}
    </button>
  );
}
