import type { KeyboardEvent } from 'react';

/**
 * Build a form's `onKeyDown` handler that closes it on Escape, also while a field has focus, because
 * Escape never enters text. The page-wide shortcuts ignore keys typed in fields, so the form handles it.
 */
export function closeOnEscape(close: () => void, disabled = false) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || disabled) return;

    event.preventDefault();
    close();
  };
}
