/** One coloured series of a bar chart: a value per category, null where there is none. */
export interface BarSeries {
  label: string;
  values: (number | null)[];
}

export interface BarChartProps {
  /** Ids of the elements that name and summarise the chart, for `aria-labelledby`. */
  labelledBy: string;
  categories: string[];
  series: BarSeries[];
  /** Label of the value axis with its unit, such as "Conversion (%)". */
  valueAxisLabel: string;
  /** Format a value for the axis ticks and the bar tooltips. */
  formatValue: (value: number) => string;
  /** Top of the value axis; a round number above the largest value when absent. */
  maxValue?: number;
  /** Keep the axis ticks on whole numbers, for counts. */
  wholeNumbers?: boolean;
}

// Colour-blind-safe palette (Okabe–Ito), in series order.
const COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'];

const WIDTH = 720;
const HEIGHT = 280;
const MARGIN = { top: 16, right: 12, bottom: 44, left: 64 };
const TICKS = 4;
const MAX_LABEL_CHARACTERS = 16;

/** Round a tick step up to 1, 2, 2.5 or 5 times a power of ten, so the ticks read as round numbers. */
function roundStep(rawStep: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(rawStep));
  const multiple = [1, 2, 2.5, 5, 10].find((candidate) => candidate * magnitude >= rawStep) ?? 10;

  return multiple * magnitude;
}

/** Top of the value axis: `TICKS` round steps that reach `largest`. */
function axisTop(largest: number, wholeNumbers: boolean): number {
  if (largest <= 0) return wholeNumbers ? TICKS : 1;

  const step = roundStep(largest / TICKS);

  return (wholeNumbers ? Math.max(1, Math.ceil(step)) : step) * TICKS;
}

function shorten(label: string): string {
  return label.length > MAX_LABEL_CHARACTERS ? `${label.slice(0, MAX_LABEL_CHARACTERS - 1)}…` : label;
}

/**
 * Draw grouped vertical bars as SVG: one group per category, one bar per series. The SVG is a single
 * image for assistive technology, named by `labelledBy`; the chart's table carries the numbers.
 */
export function BarChart({ labelledBy, categories, series, valueAxisLabel, formatValue, maxValue, wholeNumbers = false }: BarChartProps) {
  const largest = Math.max(0, ...series.flatMap((item) => item.values.map((value) => value ?? 0)));
  const top = maxValue ?? axisTop(largest, wholeNumbers);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const groupWidth = plotWidth / Math.max(categories.length, 1);
  const barWidth = Math.max(2, (groupWidth * 0.8) / Math.max(series.length, 1));
  const y = (value: number) => MARGIN.top + plotHeight - (Math.min(value, top) / top) * plotHeight;
  const ticks = Array.from({ length: TICKS + 1 }, (_, index) => (top * index) / TICKS);

  return (
    <figure className="bar-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={labelledBy}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} className="bar-chart-grid" />
            <text x={MARGIN.left - 6} y={y(tick)} className="bar-chart-tick" textAnchor="end" dominantBaseline="middle">
              {formatValue(tick)}
            </text>
          </g>
        ))}
        <text className="bar-chart-axis-label" transform={`translate(14 ${MARGIN.top + plotHeight / 2}) rotate(-90)`} textAnchor="middle">
          {valueAxisLabel}
        </text>

        {categories.map((category, categoryIndex) => {
          const groupStart = MARGIN.left + categoryIndex * groupWidth + groupWidth * 0.1;

          return (
            <g key={category}>
              {series.map((item, seriesIndex) => {
                const value = item.values[categoryIndex];
                if (value === null || value === undefined) return null;

                return (
                  <rect
                    key={item.label}
                    x={groupStart + seriesIndex * barWidth}
                    y={y(value)}
                    width={Math.max(1, barWidth - 2)}
                    height={Math.max(0, MARGIN.top + plotHeight - y(value))}
                    fill={COLOURS[seriesIndex % COLOURS.length]}
                  >
                    <title>{`${category} · ${item.label}: ${formatValue(value)}`}</title>
                  </rect>
                );
              })}
              <text
                x={MARGIN.left + (categoryIndex + 0.5) * groupWidth}
                y={HEIGHT - MARGIN.bottom + 16}
                className="bar-chart-tick"
                textAnchor="middle"
              >
                <title>{category}</title>
                {shorten(category)}
              </text>
            </g>
          );
        })}
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} className="bar-chart-axis" />
      </svg>

      {series.length > 0 && (
        <figcaption className="legend bar-chart-legend">
          {series.map((item, index) => (
            <span key={item.label}>
              <span className="legend-swatch" style={{ background: COLOURS[index % COLOURS.length] }} aria-hidden="true" /> {item.label}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
