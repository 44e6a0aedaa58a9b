import { describeField, type LeadField } from '@accord/governance';

/** Return the label of a lead field for a form control, such as `Fit score` for `fitScore`. */
export function leadFieldLabel(field: LeadField): string {
  const words = describeField(field);

  return words.charAt(0).toUpperCase() + words.slice(1);
}
