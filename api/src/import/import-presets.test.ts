import { ImportFormatErrorCode } from './import-format-error';
import { catchImportFormatError } from './import-format-error.fixture';
import { detectImportPreset, findImportPreset } from './import-presets';
import { ACCORD_EXPORT_COLUMNS } from './presets/accord-export.preset';

describe('detectImportPreset', () => {
  it.each([
    [['SALUTATION', 'FIRSTNAME', 'LASTNAME', 'COMPANY', 'EMAIL', 'RATING'], 'salesforce-data-loader'],
    [['Record ID', 'First Name', 'Last Name', 'Email', 'Company Name', 'Lifecycle Stage'], 'hubspot-contacts'],
    [['First Name', 'Last Name', 'Email', 'Company', 'Designation', 'Lead Status'], 'zoho-crm-leads'],
    [['Last Name', 'Company', 'Email'], 'zoho-crm-leads'],
    [['First Name', 'Last Name', 'Email', 'Company'], 'zoho-crm-leads'],
    [[...ACCORD_EXPORT_COLUMNS], 'accord'],
    [['email', 'first_name', 'last_name'], 'accord'],
    [['lastname', 'company', 'email'], 'salesforce-data-loader'],
  ])('detectImportPreset reads %j as %s', (header, name) => {
    expect(detectImportPreset(header).name).toBe(name);
  });

  it('lists presets and identifying columns for an unknown header', () => {
    const error = catchImportFormatError(() => detectImportPreset(['Name', 'Mail', 'Firm']));

    expect(error.code).toBe(ImportFormatErrorCode.UnknownHeader);
    expect(error.message).toBe(
      'The header matches no import preset. A preset is chosen when the header contains all of its identifying ' +
        'columns: salesforce-data-loader ("LASTNAME", "COMPANY", "EMAIL"); ' +
        'hubspot-contacts ("First Name", "Last Name", "Email"); ' +
        'zoho-crm-leads ("Last Name", "Company", "Email"); ' +
        'accord ("email", "first_name", "last_name"). Rename the columns or choose a preset by name.',
    );
  });

  it('rejects a header that fits two presets equally', () => {
    const error = catchImportFormatError(() => detectImportPreset(['First Name', 'Last Name', 'Email', 'Company', 'Job Title']));

    expect(error.code).toBe(ImportFormatErrorCode.AmbiguousHeader);
    expect(error.message).toBe(
      'The header fits the presets hubspot-contacts and zoho-crm-leads equally well. Choose the preset by name.',
    );
  });
});

describe('findImportPreset', () => {
  it('returns a preset by name', () => {
    expect(findImportPreset('zoho-crm-leads').name).toBe('zoho-crm-leads');
  });

  it('lists the known names for an unknown name', () => {
    const error = catchImportFormatError(() => findImportPreset('pipedrive'));

    expect(error.code).toBe(ImportFormatErrorCode.UnknownPreset);
    expect(error.message).toBe(
      'There is no import preset named "pipedrive". Choose one of salesforce-data-loader, hubspot-contacts, ' +
        'zoho-crm-leads, accord, salesforce-sobject-tree.',
    );
  });
});
