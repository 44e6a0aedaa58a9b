import { AppShell, SignedIn, usePath, type NavigationItem } from '@accord/portal-kit';
import { GovernancePage } from './governance/governance-page';
import { ImportPage } from './import/import-page';
import { LeadsPage } from './leads/leads-page';
import { strings } from './strings';

const navigation: NavigationItem[] = [
  { to: '/', label: strings.navigation.governance },
  { to: '/leads', label: strings.navigation.leads },
  { to: '/import', label: strings.navigation.import },
];

export function App() {
  return (
    <SignedIn portalName={strings.portalName} allowedRoles={['ADMIN', 'MANAGER']}>
      {() => (
        <AppShell portalName={strings.portalName} navigation={navigation}>
          <Route />
        </AppShell>
      )}
    </SignedIn>
  );
}

function Route() {
  const path = usePath();

  if (path === '/') return <GovernancePage />;
  if (path === '/leads') return <LeadsPage />;
  if (path === '/import') return <ImportPage />;

  return <p className="card empty">{strings.notFound}</p>;
}
