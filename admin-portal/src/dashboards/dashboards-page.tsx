import { ErrorDisplay, useSession } from '@accord/portal-kit';
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import type { ChartProps } from './chart-props';
import {
  defaultDashboardFilters,
  readDashboardFilters,
  viewerTimeZone,
  withDashboardFilters,
  type DashboardFilterValues,
} from './dashboard-filters';
import { DashboardFiltersForm } from './dashboard-filters-form';
import { dashboardStrings as labels } from './dashboard-strings';
import { ConversionOverTimeChart, FunnelChart } from './funnel-charts';
import { createGroupLabeler } from './group-labels';
import { DASHBOARD_OPTIONS } from './kpi.operations';
import { RejectionReasonsChart } from './rejection-reasons-chart';
import { SlaComplianceChart } from './sla-compliance-chart';
import { SpeedToLeadChart } from './speed-to-lead-chart';
import './dashboards.css';

/**
 * Show the KPI dashboards to admins, marketing ops and managers. The filters live in the URL query
 * string, so a copied link opens the same view. The server limits a manager's figures to their own team.
 */
export function DashboardsPage() {
  const { session } = useSession();
  const isManager = session?.user.role === 'MANAGER';
  const [values, setValues] = useState<DashboardFilterValues>(() => readDashboardFilters(window.location.search));
  const options = useQuery(DASHBOARD_OPTIONS);
  const groupLabel = useMemo(() => createGroupLabeler(options.data), [options.data]);

  // Back and forward move between filter states pushed below.
  useEffect(() => {
    const onPopState = () => setValues(readDashboardFilters(window.location.search));
    window.addEventListener('popstate', onPopState);

    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const change = (next: DashboardFilterValues) => {
    setValues(next);
    window.history.pushState(window.history.state, '', withDashboardFilters(window.location.pathname + window.location.search, next));
  };
  const monthsInOrder = values.fromMonth <= values.toMonth;
  // A manager has no team filter, so a shared link's team is ignored rather than rejected by the server.
  const chartValues = isManager ? { ...values, teamId: '' } : values;
  const chartProps: ChartProps = { values: chartValues, onChange: change, groupLabel };

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{labels.heading}</h1>
          <p className="muted">
            {labels.intro} {labels.timeZoneNote(viewerTimeZone())}
          </p>
          {isManager && <p className="notice">{labels.managerScope(session?.user.team?.label ?? null)}</p>}
        </div>
      </div>

      <DashboardFiltersForm
        values={values}
        options={options.data}
        showTeamFilter={!isManager}
        onChange={change}
        onReset={() => change(defaultDashboardFilters())}
      />
      <ErrorDisplay error={options.error} />

      {!monthsInOrder && <p className="card notice">{labels.filters.monthOrder}</p>}
      {monthsInOrder && (
        <div className="dashboard-charts">
          <FunnelChart {...chartProps} />
          <ConversionOverTimeChart {...chartProps} />
          <SpeedToLeadChart {...chartProps} />
          <RejectionReasonsChart {...chartProps} />
          <SlaComplianceChart {...chartProps} />
        </div>
      )}
    </>
  );
}
