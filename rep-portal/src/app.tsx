import { AppShell, matchPath, SignedIn, usePath, type NavigationItem, type Session } from '@accord/portal-kit';
import { LeadPage } from './lead/lead-page';
import { QUEUE_POLL_INTERVAL_MS, QueuePage } from './queue/queue-page';
import { strings } from './strings';
import { TeamPage } from './team/team-page';

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

  const navigation: NavigationItem[] = [{ to: '/', label: strings.navigation.queue }];
  if (isManager) navigation.push({ to: '/team', label: strings.navigation.team });

  return (
    <AppShell
      portalName={strings.portalName}
      navigation={navigation}
      footer={strings.footer(QUEUE_POLL_INTERVAL_MS / 1000)}
    >
      <Route path={path} isManager={isManager} />
    </AppShell>
  );
}

function Route({ path, isManager }: { path: string; isManager: boolean }) {
  if (path === '/') return <QueuePage />;
  if (path === '/team' && isManager) return <TeamPage />;

  const leadRoute = matchPath('/leads/:id', path);
  if (leadRoute?.id !== undefined) return <LeadPage key={leadRoute.id} leadId={leadRoute.id} />;

  return <p className="card empty">{strings.notFound}</p>;
}
