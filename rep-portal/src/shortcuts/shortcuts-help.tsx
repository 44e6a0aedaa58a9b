import { ModalDialog, useKeyboardShortcuts } from '@accord/portal-kit';
import { useState } from 'react';
import { strings } from '../strings';

/**
 * Offer the list of keyboard shortcuts from a header button and from the `?` key on every page. The
 * list is a modal dialog, so Escape closes it and no page shortcut fires while it is open.
 */
export function ShortcutsHelp() {
  const labels = strings.shortcuts;
  const [open, setOpen] = useState(false);

  useKeyboardShortcuts({ '?': () => setOpen(true) });

  return (
    <>
      <button type="button" className="button quiet" aria-keyshortcuts="?" onClick={() => setOpen(true)}>
        {labels.open}
        <kbd className="shortcut-key" aria-hidden="true">
          ?
        </kbd>
      </button>

      <ModalDialog open={open} title={labels.heading} onClose={() => setOpen(false)}>
        <p className="muted small">{labels.intro}</p>
        {labels.groups.map((group) => (
          <section key={group.heading} className="shortcut-group" aria-label={group.heading}>
            <h3>{group.heading}</h3>
            <dl className="details shortcut-list">
              {group.entries.map((entry) => (
                <div key={entry.description} className="details-row">
                  <dt>
                    {entry.keys.map((key, index) => (
                      <span key={key}>
                        {index > 0 && <span className="muted"> {labels.or} </span>}
                        <kbd className="shortcut-key">{key}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{entry.description}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <div className="button-row">
          <button type="button" className="button primary" onClick={() => setOpen(false)}>
            {labels.close}
          </button>
        </div>
      </ModalDialog>
    </>
  );
}
