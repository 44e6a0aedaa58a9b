import type { GovernanceModel } from '@accord/governance';
import { useCallback, useEffect, useState } from 'react';
import { deepEqual } from '../common/deep-equal';
import type { UpdateModel } from './draft-editor-context';

interface WorkingCopy {
  /** The saved model the edits started from. */
  base: GovernanceModel;
  working: GovernanceModel;
  /** True when the edits came back from sessionStorage, such as after a reload. */
  restored: boolean;
}

export interface WorkingCopyHandle {
  model: GovernanceModel;
  update: UpdateModel;
  /** The working copy differs from the saved draft. */
  dirty: boolean;
  restored: boolean;
  /** Someone saved the draft after these edits started, so saving replaces their version. */
  savedElsewhere: boolean;
  /** Start over from `model`, after a save or when the user discards the edits. */
  reset(model: GovernanceModel): void;
}

function storageKey(version: number): string {
  return `accord.governance-draft.${version}`;
}

function readStoredCopy(version: number): WorkingCopy | null {
  const raw = window.sessionStorage.getItem(storageKey(version));
  if (raw === null) return null;

  try {
    const stored = JSON.parse(raw) as Pick<WorkingCopy, 'base' | 'working'>;

    return { base: stored.base, working: stored.working, restored: true };
  } catch {
    window.sessionStorage.removeItem(storageKey(version));

    return null;
  }
}

/**
 * Keep the admin's edits of a draft as a local working copy. Unsaved edits live in sessionStorage
 * per version, so they survive in-app navigation and reloads for as long as the browser tab lives.
 * While `editable` is false (a manager, or a version that is no longer a draft) the saved model is
 * shown and stored edits are left alone, so they come back if the version returns to draft.
 */
export function useWorkingCopy(version: number, saved: GovernanceModel, editable: boolean): WorkingCopyHandle {
  const [copy, setCopy] = useState<WorkingCopy>(
    () => (editable ? readStoredCopy(version) : null) ?? { base: saved, working: saved, restored: false },
  );
  const dirty = !deepEqual(copy.working, saved);

  // A newer saved model replaces a working copy that has no edits of its own.
  useEffect(() => {
    setCopy((current) =>
      deepEqual(current.working, current.base) && !deepEqual(current.base, saved)
        ? { base: saved, working: saved, restored: false }
        : current,
    );
  }, [saved]);

  useEffect(() => {
    if (!editable) return;

    const key = storageKey(version);
    if (dirty) window.sessionStorage.setItem(key, JSON.stringify({ base: copy.base, working: copy.working }));
    else window.sessionStorage.removeItem(key);
  }, [version, copy, dirty, editable]);

  const update = useCallback<UpdateModel>((recipe) => {
    setCopy((current) => {
      const working = structuredClone(current.working);
      recipe(working);

      return { ...current, working };
    });
  }, []);

  const reset = useCallback((model: GovernanceModel) => {
    setCopy({ base: model, working: model, restored: false });
  }, []);

  return {
    model: copy.working,
    update,
    dirty,
    restored: copy.restored && dirty,
    savedElsewhere: dirty && !deepEqual(copy.base, saved),
    reset,
  };
}
