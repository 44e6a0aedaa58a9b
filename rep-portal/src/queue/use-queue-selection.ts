import { useCallback, useState } from 'react';

interface RememberedSelection {
  leadId: string;
  index: number;
}

// Kept outside React, so that going back from a lead page selects the same row again.
let remembered: RememberedSelection | null = null;

export interface QueueSelection<T extends { id: string }> {
  selected: T | null;
  selectedIndex: number;
  select(leadId: string): void;
  /** Move the selection by `delta` rows, stopping at the first and last row. */
  move(delta: number): void;
}

/**
 * Track the selected row of the queue by lead id, so a poll that reorders the rows keeps the selection
 * on the same lead. When that lead leaves the list, such as after a rejection, the row at the same
 * position is selected instead.
 */
export function useQueueSelection<T extends { id: string }>(leads: readonly T[]): QueueSelection<T> {
  const [selection, setSelection] = useState<RememberedSelection | null>(remembered);

  const selectedIndex = resolveIndex(leads, selection);
  const selected = selectedIndex === -1 ? null : (leads[selectedIndex] ?? null);

  const selectIndex = useCallback(
    (index: number) => {
      const lead = leads[index];
      if (lead === undefined) return;

      remembered = { leadId: lead.id, index };
      setSelection(remembered);
    },
    [leads],
  );

  const select = useCallback((leadId: string) => selectIndex(leads.findIndex((lead) => lead.id === leadId)), [leads, selectIndex]);

  const move = useCallback(
    (delta: number) => selectIndex(Math.min(Math.max(selectedIndex + delta, 0), leads.length - 1)),
    [leads.length, selectIndex, selectedIndex],
  );

  return { selected, selectedIndex, select, move };
}

function resolveIndex(leads: readonly { id: string }[], selection: RememberedSelection | null): number {
  if (leads.length === 0) return -1;
  if (selection === null) return 0;

  const byId = leads.findIndex((lead) => lead.id === selection.leadId);

  return byId === -1 ? Math.min(selection.index, leads.length - 1) : byId;
}
