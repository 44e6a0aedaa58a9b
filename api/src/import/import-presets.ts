import { normalizeColumnName, type ImportPreset } from './column-mapping';
import { ImportFormatError, ImportFormatErrorCode } from './import-format-error';
import { SOBJECT_TREE_PRESET_NAME } from './parse-sobject-tree';
import { ACCORD_EXPORT_PRESET } from './presets/accord-export.preset';
import { HUBSPOT_CONTACTS_PRESET } from './presets/hubspot-contacts.preset';
import { SALESFORCE_DATA_LOADER_PRESET } from './presets/salesforce-data-loader.preset';
import { ZOHO_CRM_LEADS_PRESET } from './presets/zoho-crm-leads.preset';

/** The CSV presets, tried in this order when a header fits several equally well. */
export const CSV_IMPORT_PRESETS: readonly ImportPreset[] = [
  SALESFORCE_DATA_LOADER_PRESET,
  HUBSPOT_CONTACTS_PRESET,
  ZOHO_CRM_LEADS_PRESET,
  ACCORD_EXPORT_PRESET,
];

/**
 * Returns the CSV preset of this name. Throws `ImportFormatError` with every known name, the JSON
 * preset's included, when there is none.
 */
export function findImportPreset(name: string): ImportPreset {
  const preset = CSV_IMPORT_PRESETS.find((candidate) => candidate.name === name);
  if (preset === undefined) {
    throw new ImportFormatError(
      ImportFormatErrorCode.UnknownPreset,
      `There is no import preset named "${name}". Choose one of ${listPresetNames()}.`,
    );
  }

  return preset;
}

/**
 * Chooses the preset whose identifying columns are all in the header. When several qualify, the one
 * that reads the most of the header's columns wins, so a Zoho file, which shares HubSpot's name and
 * e-mail columns, goes to Zoho. Throws `ImportFormatError` when no preset fits or two fit equally.
 */
export function detectImportPreset(header: readonly string[]): ImportPreset {
  const columns = new Set(header.map(normalizeColumnName));
  const candidates = CSV_IMPORT_PRESETS.filter((preset) =>
    preset.identifyingColumns.every((column) => columns.has(normalizeColumnName(column))),
  ).map((preset) => ({ preset, knownColumns: countKnownColumns(preset, columns) }));

  candidates.sort((left, right) => right.knownColumns - left.knownColumns);
  const [best, runnerUp] = candidates;

  if (best === undefined) {
    throw new ImportFormatError(
      ImportFormatErrorCode.UnknownHeader,
      'The header matches no import preset. A preset is chosen when the header contains all of its ' +
        `identifying columns: ${describePresets()}. Rename the columns or choose a preset by name.`,
    );
  }

  if (runnerUp !== undefined && runnerUp.knownColumns === best.knownColumns) {
    throw new ImportFormatError(
      ImportFormatErrorCode.AmbiguousHeader,
      `The header fits the presets ${best.preset.name} and ${runnerUp.preset.name} equally well. ` +
        'Choose the preset by name.',
    );
  }

  return best.preset;
}

function countKnownColumns(preset: ImportPreset, columns: ReadonlySet<string>): number {
  return preset.columns.filter((mapping) => columns.has(normalizeColumnName(mapping.column))).length;
}

function listPresetNames(): string {
  return [...CSV_IMPORT_PRESETS.map((preset) => preset.name), SOBJECT_TREE_PRESET_NAME].join(', ');
}

function describePresets(): string {
  return CSV_IMPORT_PRESETS.map(
    (preset) => `${preset.name} (${preset.identifyingColumns.map((column) => `"${column}"`).join(', ')})`,
  ).join('; ');
}
