import type { DashboardFilterValues } from './dashboard-filters';
import type { GroupLabeler } from './group-labels';

/** Props the page passes to every dashboard chart. */
export interface ChartProps {
  values: DashboardFilterValues;
  /** Change the filters, such as a chart's own split; the page keeps them in the URL. */
  onChange: (values: DashboardFilterValues) => void;
  groupLabel: GroupLabeler;
}
