import type { DashboardFilterValues } from './dashboard-filters';
import type { GroupLabeler } from './group-labels';

/** What every dashboard chart receives from the page. */
export interface ChartProps {
  values: DashboardFilterValues;
  /** Change the filters, such as a chart's own split; the page keeps them in the URL. */
  onChange: (values: DashboardFilterValues) => void;
  groupLabel: GroupLabeler;
}
