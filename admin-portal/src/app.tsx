import { AppShell, matchPath, SignedIn, usePath, type NavigationItem } from '@accord/portal-kit';
import { lazy, Suspense } from 'react';
import { isEditorSection } from './draft-editor/editor-sections';
import { GovernancePage } from './governance/governance-page';
import { ImportPage } from './import/import-page';
import { LeadsPage } from './leads/leads-page';
import { strings } from './strings';
import { VersionsPage } from './versions/versions-page';

// The governance administration pages load on first use, so signing in and browsing leads do not
// wait for the editor and the governance library it bundles.
const CalibrationPage = lazy(() => import('./calibration/calibration-page').then((module) => ({ default: module.CalibrationPage })));
const AuditPage = lazy(() => import('./audit/audit-page').then((module) => ({ default: module.AuditPage })));
const DashboardsPage = lazy(() => import('./dashboards/dashboards-page').then((module) => ({ default: module.DashboardsPage })));
const DiffPage = lazy(() => import('./diff/diff-page').then((module) => ({ default: module.DiffPage })));
const DraftEditorPage = lazy(() => import('./draft-editor/draft-editor-page').then((module) => ({ default: module.DraftEditorPage })));
const SimulationPage = lazy(() => import('./simulation/simulation-page').then((module) => ({ default: module.SimulationPage })));
const ApiKeysPage = lazy(() => import('./partners/api-keys-page').then((module) => ({ default: module.ApiKeysPage })));
const ReviewsPage = lazy(() => import('./review/reviews-page').then((module) => ({ default: module.ReviewsPage })));
const ReviewPage = lazy(() => import('./review/review-page').then((module) => ({ default: module.ReviewPage })));
const TeamsPage = lazy(() => import('./teams/teams-page').then((module) => ({ default: module.TeamsPage })));

const startsWith = (prefix: string) => (path: string) => path === prefix || path.startsWith(`${prefix}/`);

const navigation: NavigationItem[] = [
  { to: '/', label: strings.navigation.governance },
  { to: '/governance/versions', label: strings.navigation.versions, isCurrent: startsWith('/governance/versions') },
  { to: '/governance/diff', label: strings.navigation.diff, isCurrent: startsWith('/governance/diff') },
  { to: '/governance/simulation', label: strings.navigation.simulation, isCurrent: startsWith('/governance/simulation') },
  { to: '/governance/calibration', label: strings.navigation.calibration },
  { to: '/governance/reviews', label: strings.navigation.monthlyReview, isCurrent: startsWith('/governance/reviews') },
  { to: '/teams', label: strings.navigation.teams },
  { to: '/partners/api-keys', label: strings.navigation.apiKeys },
  { to: '/audit', label: strings.navigation.audit },
  { to: '/leads', label: strings.navigation.leads },
  { to: '/import', label: strings.navigation.import },
  { to: '/dashboards', label: strings.navigation.dashboards },
];

export function App() {
  return (
    <SignedIn portalName={strings.portalName} allowedRoles={['ADMIN', 'MARKETING_OPS', 'MANAGER']}>
      {() => (
        <AppShell portalName={strings.portalName} navigation={navigation}>
          <Suspense fallback={<p className="muted">{strings.kit.loading}</p>}>
            <Route />
          </Suspense>
        </AppShell>
      )}
    </SignedIn>
  );
}

/** Parse a path segment as a version number, or null when it is not a positive whole number. */
function readVersion(segment: string | undefined): number | null {
  const version = Number(segment);

  return Number.isInteger(version) && version > 0 ? version : null;
}

function Route() {
  const path = usePath();

  if (path === '/') return <GovernancePage />;
  if (path === '/governance/versions') return <VersionsPage />;
  if (path === '/leads') return <LeadsPage />;
  if (path === '/import') return <ImportPage />;
  if (path === '/teams') return <TeamsPage />;
  if (path === '/partners/api-keys') return <ApiKeysPage />;
  if (path === '/audit') return <AuditPage />;
  if (path === '/governance/diff') return <DiffPage />;
  if (path === '/governance/simulation') return <SimulationPage />;
  if (path === '/governance/calibration') return <CalibrationPage />;
  if (path === '/governance/reviews') return <ReviewsPage />;

  const reviewId = matchPath('/governance/reviews/:id', path)?.id;
  if (reviewId !== undefined) return <ReviewPage id={reviewId} />;
  if (path === '/dashboards') return <DashboardsPage />;

  const editor = matchPath('/governance/versions/:version/:section', path) ?? matchPath('/governance/versions/:version', path);
  const editorVersion = readVersion(editor?.version);
  const section = editor?.section ?? 'stages';
  if (editorVersion !== null && isEditorSection(section)) return <DraftEditorPage version={editorVersion} section={section} />;

  const diff = matchPath('/governance/diff/:from/:to', path);
  const from = readVersion(diff?.from);
  const to = readVersion(diff?.to);
  if (from !== null && to !== null) return <DiffPage from={from} to={to} />;

  const simulationVersion = readVersion(matchPath('/governance/simulation/:version', path)?.version);
  if (simulationVersion !== null) return <SimulationPage version={simulationVersion} />;

  return <p className="card empty">{strings.notFound}</p>;
}
