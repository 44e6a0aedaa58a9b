export { createApolloClient, type CreateApolloClientOptions } from './apollo/create-apollo-client';
export { ConfirmDialog, type ConfirmDialogProps } from './dialog/confirm-dialog';
export { ModalDialog, type ModalDialogProps } from './dialog/modal-dialog';
export { ErrorDisplay, type ErrorDisplayProps } from './errors/error-display';
export {
  problemsForField,
  readApiErrors,
  type ApiErrorDetail,
  type ApiProblem,
} from './errors/read-api-errors';
export { formatClockTime } from './format/format-clock-time';
export { formatCountdown } from './format/format-countdown';
export { formatDuration } from './format/format-duration';
export { formatElapsed } from './format/format-elapsed';
export { formatInstant } from './format/format-instant';
export * from './graphql-types';
export { isTypingTarget, useKeyboardShortcuts, type ShortcutBindings } from './keyboard/use-keyboard-shortcuts';
export { AppShell, type AppShellProps, type NavigationItem } from './layout/app-shell';
export { PortalKitProvider, type PortalKitProviderProps } from './portal-kit-provider';
export { Link, matchPath, navigate, usePath, type LinkProps } from './routing/router';
export { useNavigationGuard, type NavigationGuardOptions } from './routing/use-navigation-guard';
export {
  createSessionStore,
  type Session,
  type SessionStore,
  type SessionUser,
} from './session/session-store';
export { SignInPage, type SignInPageProps } from './session/sign-in-page';
export { SignedIn, type SignedInProps } from './session/signed-in';
export { useSession, type SessionHandle } from './session/use-session';
export { useKitStrings, type ApiErrorCode, type KitStrings } from './strings/kit-strings';
export { useDebouncedValue } from './time/use-debounced-value';
export { ToastProvider, useToasts, type ToastProviderProps, type Toasts, type ToastStrings } from './toast/toast-provider';
export { useNow } from './time/use-now';
