import type { ReactNode } from 'react';
import { Link, usePath } from '../routing/router';
import { useSession } from '../session/use-session';
import { useKitStrings } from '../strings/kit-strings';

export interface NavigationItem {
  to: string;
  label: string;
  /** Test for the current page, given the URL path. Without it, the item matches its exact path. */
  isCurrent?: (path: string) => boolean;
}

export interface AppShellProps {
  portalName: string;
  navigation: NavigationItem[];
  children: ReactNode;
  footer?: ReactNode;
  /** Controls shown in the header before the signed-in user, such as a notification bell. */
  headerActions?: ReactNode;
}

/** Frame a page with a header that shows the portal name, the navigation and the signed-in user. */
export function AppShell({ portalName, navigation, children, footer, headerActions }: AppShellProps) {
  const strings = useKitStrings();
  const { session, signOut } = useSession();
  const path = usePath();

  return (
    <div className="shell">
      <header className="shell-header">
        <p className="brand">
          {strings.shell.productName} <span className="brand-portal">{portalName}</span>
        </p>

        <nav aria-label={strings.shell.navigationLabel}>
          <ul className="nav-list">
            {navigation.map((item) => {
              const current = item.isCurrent ? item.isCurrent(path) : item.to === path;

              return (
                <li key={item.to}>
                  <Link to={item.to} className="nav-link" aria-current={current ? 'page' : undefined}>
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>

        {session !== null && (
          <div className="shell-user">
            {headerActions}
            <span>{strings.shell.signedInAs(session.user.name, session.user.role)}</span>
            <button type="button" className="button quiet" onClick={() => void signOut()}>
              {strings.shell.signOut}
            </button>
          </div>
        )}
      </header>

      <main className="shell-main">{children}</main>

      {footer !== undefined && <footer className="shell-footer">{footer}</footer>}
    </div>
  );
}
