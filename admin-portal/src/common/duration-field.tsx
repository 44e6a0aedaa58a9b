import { useState } from 'react';
import { strings } from '../strings';
import { NumberField } from './fields';

type DurationUnit = 'minutes' | 'hours';

const UNIT_SECONDS: Record<DurationUnit, number> = { minutes: 60, hours: 3600 };

export interface DurationFieldProps {
  label: string;
  /** Business seconds, as the model stores SLA targets and escalation delays. */
  seconds: number;
  onChange: (seconds: number) => void;
  errors?: readonly string[];
  hint?: string;
}

/**
 * Enter a business duration as a number of business hours or minutes. The unit starts as hours when
 * the stored seconds are whole hours. Switching the unit keeps the duration and restates the number.
 */
export function DurationField({ label, seconds, onChange, errors, hint }: DurationFieldProps) {
  const [unit, setUnit] = useState<DurationUnit>(() => (seconds % 3600 === 0 && seconds > 0 ? 'hours' : 'minutes'));
  const amount = seconds / UNIT_SECONDS[unit];

  return (
    <div className="duration-field">
      <NumberField
        label={label}
        hint={hint}
        min={0}
        value={Number.isFinite(amount) ? Math.round(amount * 100) / 100 : null}
        errors={errors}
        onChange={(value) => onChange(Math.round((value ?? 0) * UNIT_SECONDS[unit]))}
      />
      <label className="field">
        <span>{strings.duration.unitLabel(label)}</span>
        <select value={unit} onChange={(event) => setUnit(event.target.value as DurationUnit)}>
          <option value="minutes">{strings.duration.businessMinutes}</option>
          <option value="hours">{strings.duration.businessHours}</option>
        </select>
      </label>
    </div>
  );
}
