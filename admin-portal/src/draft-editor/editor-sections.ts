import { strings } from '../strings';

export const EDITOR_SECTIONS = ['stages', 'sla', 'reason-codes', 'motions', 'pools', 'rules', 'scoring', 'calendars'] as const;

export type EditorSection = (typeof EDITOR_SECTIONS)[number];

export function isEditorSection(value: string): value is EditorSection {
  return (EDITOR_SECTIONS as readonly string[]).includes(value);
}

export function editorPath(version: number, section: EditorSection = 'stages'): string {
  return `/governance/versions/${version}/${section}`;
}

export function sectionLabel(section: EditorSection): string {
  return strings.editor.sections[section];
}

/**
 * Find the section whose form shows the value at a problem path. SLA policies sit inside stages in
 * the model but have a section of their own, and teams are chosen on routing pools.
 */
export function sectionOfPath(path: string): EditorSection | null {
  if (/^stages\[\d+\]\.sla/.test(path)) return 'sla';
  if (path.startsWith('stages')) return 'stages';
  if (path.startsWith('reasonCodes')) return 'reason-codes';
  if (path.startsWith('motions')) return 'motions';
  if (path.startsWith('routingPools') || path.startsWith('teams')) return 'pools';
  if (path.startsWith('routingRules')) return 'rules';
  if (path.startsWith('scoring')) return 'scoring';
  if (path.startsWith('calendars')) return 'calendars';

  return null;
}
