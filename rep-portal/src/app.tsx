import { AppShell, matchPath, SignedIn, useKitStrings, usePath, type NavigationItem, type Session } from '@accord/portal-kit';
import { lazy, Suspense, useEffect } from 'react';
import { LeadPage } from './lead/lead-page';
import { FlashNoticeOutlet, FlashNoticeProvider } from './notice/flash-notice';
import { NotificationBell } from './notifications/notification-bell';
import { QUEUE_POLL_INTERVAL_MS, QueuePage } from './queue/queue-page';
import { QUEUE_PATH, TEAM_PATH } from './routing/app-paths';
import { replacePath } from './routing/replace-path';
import { ShortcutsHelp } from './shortcuts/shortcuts-help';
import { strings } from './strings';

// Only managers open the team view, so reps never download it.
const TeamPage = lazy(() => import('./team/team-page').then((module) => ({ default: module.TeamPage })));

export function App() {
  return (
    <SignedIn portalName={strings.portalName} allowedRoles={['REP', 'MANAGER']}>
      {(session) => <SignedInApp session={session} />}
    </SignedIn>
  );
}

function SignedInApp({ session }: { session: Session }) {
  const path = usePath();
  const isManager = session.user.role === 'MANAGER';

  const navigation: NavigationItem[] = [{ to: QUEUE_PATH, label: strings.navigation.queue }];
  if (isManager) navigation.push({ to: TEAM_PATH, label: strings.navigation.team });

  return (
    <FlashNoticeProvider>
      <AppShell
        portalName={strings.portalName}
        navigation={navigation}
        headerActions={
          <>
            <ShortcutsHelp />
            <NotificationBell pollIntervalMs={QUEUE_POLL_INTERVAL_MS} />
          </>
        }
        footer={strings.footer(QUEUE_POLL_INTERVAL_MS / 1000, session.user.timeZone)}
      >
        <FlashNoticeOutlet path={path} />
        <Suspense fallback={<Loading />}>
          <Route path={path} isManager={isManager} />
        </Suspense>
      </AppShell>
    </FlashNoticeProvider>
  );
}

function Route({ path, isManager }: { path: string; isManager: boolean }) {
  // Managers start on the team view, because their own queue is empty unless a breach escalates to them.
  if (path === '/') return <Redirect to={isManager ? TEAM_PATH : QUEUE_PATH} />;
  if (path === QUEUE_PATH) return <QueuePage />;
  if (path === TEAM_PATH && isManager) return <TeamPage />;

  const leadRoute = matchPath('/leads/:id', path);
  if (leadRoute?.id !== undefined) return <LeadPage key={leadRoute.id} leadId={leadRoute.id} />;

  return <p className="card empty">{strings.notFound}</p>;
}

function Loading() {
  const kitStrings = useKitStrings();

  return <p className="muted">{kitStrings.loading}</p>;
}

function Redirect({ to }: { to: string }) {
  useEffect(() => replacePath(to), [to]);

  return null;
}
