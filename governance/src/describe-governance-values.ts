import { describeCondition } from './evaluate-condition';
import { EscalationAction, type Condition, type EscalationStep, type SlaPolicy, type WorkingHours } from './model';

const SECONDS_PER_MINUTE = 60;
const SECONDS_PER_HOUR = 3600;

const ESCALATION_WORDS: Record<EscalationAction, string> = {
  [EscalationAction.NotifyOwner]: 'notify the owner',
  [EscalationAction.NotifyManager]: 'notify the manager',
  [EscalationAction.ReassignToPool]: 'reassign to the pool',
  [EscalationAction.ReassignToManager]: 'reassign to the manager',
};

const WEEKDAY_NAMES = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/**
 * Formats business seconds in the largest unit that divides them exactly, such as `1 business hour`,
 * `30 business minutes` or `45 business seconds`. Days are not used, because a business day's length
 * depends on the calendar.
 */
export function formatBusinessDuration(seconds: number): string {
  if (seconds !== 0 && seconds % SECONDS_PER_HOUR === 0) {
    return plural(seconds / SECONDS_PER_HOUR, 'business hour');
  }
  if (seconds !== 0 && seconds % SECONDS_PER_MINUTE === 0) {
    return plural(seconds / SECONDS_PER_MINUTE, 'business minute');
  }

  return plural(seconds, 'business second');
}

/** Renders an escalation ladder, such as `notify the manager at once, then reassign to the manager after 1 business hour`. */
export function describeEscalation(steps: readonly EscalationStep[]): string {
  if (steps.length === 0) {
    return 'no escalation';
  }

  return steps
    .map((step) => {
      const action = ESCALATION_WORDS[step.action] ?? step.action;

      return step.delaySeconds === 0 ? `${action} at once` : `${action} after ${formatBusinessDuration(step.delaySeconds)}`;
    })
    .join(', then ');
}

/** Renders an SLA policy in one line: target, warning, calendar and escalation ladder. */
export function describeSlaPolicy(policy: SlaPolicy | null | undefined): string {
  if (policy === null || policy === undefined) {
    return 'none';
  }

  return [
    formatBusinessDuration(policy.targetSeconds),
    `warn at ${policy.warnPercent}%`,
    `calendar ${policy.calendarKey}`,
    `escalation: ${describeEscalation(policy.escalation)}`,
  ].join(', ');
}

/** Renders entry or routing criteria; `whenNull` names what a missing condition means in its place. */
export function describeOptionalCondition(condition: Condition | null, whenNull: string): string {
  return condition === null ? whenNull : describeCondition(condition);
}

/**
 * Renders weekly working hours sorted by day, joining consecutive days with the same hours, such as
 * `Mon–Fri 09:00–17:00, Sat 10:00–14:00`.
 */
export function describeWorkingHours(hours: readonly WorkingHours[]): string {
  if (hours.length === 0) {
    return 'none';
  }

  const sorted = [...hours].sort((left, right) => left.day - right.day || left.start.localeCompare(right.start));
  const groups: Array<{ firstDay: number; lastDay: number; span: string }> = [];

  for (const entry of sorted) {
    const span = `${entry.start}–${entry.end}`;
    const last = groups[groups.length - 1];
    if (last !== undefined && last.span === span && last.lastDay === entry.day - 1) {
      last.lastDay = entry.day;
    } else {
      groups.push({ firstDay: entry.day, lastDay: entry.day, span });
    }
  }

  return groups
    .map((group) => {
      const days =
        group.firstDay === group.lastDay
          ? WEEKDAY_NAMES[group.firstDay]
          : `${WEEKDAY_NAMES[group.firstDay]}–${WEEKDAY_NAMES[group.lastDay]}`;

      return `${days} ${group.span}`;
    })
    .join(', ');
}

/** Joins items with commas, or returns `none` for an empty list. */
export function describeList(items: readonly string[]): string {
  return items.length === 0 ? 'none' : items.join(', ');
}

/**
 * Lower-cases the first letter of a label for use inside a sentence (`Inbound` → `inbound`), unless
 * the label starts with an acronym such as `ABM`.
 */
export function inSentence(label: string): string {
  const second = label.charAt(1);
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()) {
    return label;
  }

  return label.charAt(0).toLowerCase() + label.slice(1);
}
