import { useEffect, useRef } from 'react';

/** Handlers by `KeyboardEvent.key`, such as `j`, `ArrowDown`, `Enter`, `Escape` or `?`. */
export type ShortcutBindings = Partial<Record<string, (event: KeyboardEvent) => void>>;

const TYPING_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const ACTIVATING_KEYS = new Set(['Enter', ' ']);

/** Whether a key press on `target` is text entry, which a page shortcut must leave alone. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;

  return TYPING_TAGS.has(target.tagName) || target.isContentEditable;
}

/**
 * Call the handler bound to a pressed key, anywhere on the page, and prevent the key's default action.
 * Keys are ignored while the user types in an input, select, textarea or editable element, and while a
 * modal `<dialog>` is open, because it handles its own keys. Keys with Ctrl, Alt or Meta are ignored too,
 * so browser and system shortcuts keep working. Enter and Space on a button or link keep activating it.
 */
export function useKeyboardShortcuts(bindings: ShortcutBindings, enabled = true): void {
  const bindingsRef = useRef(bindings);

  useEffect(() => {
    bindingsRef.current = bindings;
  });

  useEffect(() => {
    if (!enabled) return undefined;

    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]') !== null) return;
      if (ACTIVATING_KEYS.has(event.key) && isActivatable(event.target)) return;

      const handler = bindingsRef.current[event.key];
      if (handler === undefined) return;

      event.preventDefault();
      handler(event);
    };
    window.addEventListener('keydown', handleKeyDown);

    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [enabled]);
}

function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], [role="button"], summary') !== null;
}
