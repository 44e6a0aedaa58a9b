import { ModalDialog } from '@accord/portal-kit';
import { useState } from 'react';
import { CheckboxField, SelectField, TextField } from '../common/fields';
import { strings } from '../strings';
import { API_KEY_SCOPES, type ApiKeyScope, type PartnerRow } from './api-keys.operations';
import { useCreateApiKey } from './use-api-key-mutations';

const labels = strings.apiKeys.createDialog;
const DEFAULT_LIFETIME_DAYS = 90;

/** Returns the `date` input value (YYYY-MM-DD) of the day `days` from today in the browser's time zone. */
function dateInDays(days: number): string {
  const date = new Date(Date.now() + days * 24 * 3600 * 1000);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);

  return local.toISOString().slice(0, 10);
}

/** Returns the end of the chosen day in the browser's time zone, so a key set to expire "on 1 June" works all that day. */
function toEndOfDay(value: string): string | null {
  const date = new Date(`${value}T23:59:59`);

  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export interface CreateApiKeyDialogProps {
  partner: PartnerRow;
  open: boolean;
  onClose: () => void;
}

/** Ask for an account, a name, scopes and an expiry day; after creation show the key once with a copy button. */
export function CreateApiKeyDialog({ partner, open, onClose }: CreateApiKeyDialogProps) {
  const [accountId, setAccountId] = useState(partner.accounts[0]?.id ?? '');
  const [name, setName] = useState('');
  /** The name's problem shows once the admin has typed in the field or pressed Create, not on an empty new dialog. */
  const [nameTouched, setNameTouched] = useState(false);
  const [scopes, setScopes] = useState<ApiKeyScope[]>([...API_KEY_SCOPES]);
  const [expiresOn, setExpiresOn] = useState(dateInDays(DEFAULT_LIFETIME_DAYS));
  const [createdKey, setCreatedKey] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [copyFailed, setCopyFailed] = useState(false);
  const { create, loading } = useCreateApiKey(partner.id);

  const expiresAt = toEndOfDay(expiresOn);
  const nameMissing = name.trim() === '';
  const nameErrors = nameMissing && nameTouched ? [labels.nameMissing] : [];
  const scopeErrors = scopes.length === 0 ? [labels.scopesMissing] : [];
  const expiryErrors = expiresAt === null ? [labels.expiryMissing] : [];
  const accountErrors = accountId === '' ? [labels.accountMissing] : [];
  const invalid = (nameMissing ? 1 : 0) + scopeErrors.length + expiryErrors.length + accountErrors.length > 0;

  const close = () => {
    setCreatedKey(null);
    setCopied(false);
    setCopyFailed(false);
    setName('');
    setNameTouched(false);
    onClose();
  };

  const handleCreate = async () => {
    setNameTouched(true);
    if (invalid || expiresAt === null) return;

    const key = await create({ partnerUserId: accountId, name: name.trim(), scopes, expiresAt });
    if (key !== null) setCreatedKey(key);
  };

  const handleCopy = async () => {
    if (createdKey === null) return;

    try {
      await navigator.clipboard.writeText(createdKey);
      setCopied(true);
    } catch {
      // Browsers refuse clipboard access on pages that are not a secure context; the key stays selectable.
      setCopyFailed(true);
    }
  };

  const toggleScope = (scope: ApiKeyScope, checked: boolean) => {
    setScopes((current) => (checked ? API_KEY_SCOPES.filter((item) => item === scope || current.includes(item)) : current.filter((item) => item !== scope)));
  };

  return (
    <ModalDialog open={open} title={labels.heading(partner.name)} onClose={close} busy={loading}>
      {createdKey === null ? (
        <div className="form-grid">
          <SelectField
            label={labels.account}
            value={accountId}
            options={partner.accounts.map((account) => ({ value: account.id, label: `${account.name} (${account.email})` }))}
            onChange={setAccountId}
            errors={accountErrors}
          />
          <TextField
            label={labels.name}
            hint={labels.nameHint}
            value={name}
            onChange={(value) => {
              setName(value);
              setNameTouched(true);
            }}
            errors={nameErrors}
          />
          <fieldset className="field">
            <legend>{labels.scopes}</legend>
            {API_KEY_SCOPES.map((scope) => (
              <CheckboxField
                key={scope}
                label={strings.apiKeys.scopes[scope]}
                checked={scopes.includes(scope)}
                onChange={(checked) => toggleScope(scope, checked)}
              />
            ))}
            {scopeErrors.map((message) => (
              <span key={message} className="field-error">
                {message}
              </span>
            ))}
          </fieldset>
          <TextField label={labels.expiresOn} hint={labels.expiresOnHint} type="date" value={expiresOn} onChange={setExpiresOn} errors={expiryErrors} />
          <div className="button-row">
            <button type="button" className="button primary" onClick={() => void handleCreate()} disabled={invalid || loading}>
              {loading ? labels.creating : labels.create}
            </button>
            <button type="button" className="button" onClick={close} disabled={loading}>
              {labels.cancel}
            </button>
          </div>
        </div>
      ) : (
        <div>
          <p className="notice warn-notice" role="alert">
            {labels.shownOnce}
          </p>
          <label className="field">
            <span>{labels.key}</span>
            <input className="mono" readOnly value={createdKey} aria-label={labels.key} onFocus={(event) => event.target.select()} />
          </label>
          {copyFailed && <p className="field-error">{labels.copyFailed}</p>}
          <div className="button-row">
            <button type="button" className="button primary" onClick={() => void handleCopy()}>
              {copied ? labels.copied : labels.copy}
            </button>
            <button type="button" className="button" onClick={close}>
              {labels.done}
            </button>
          </div>
        </div>
      )}
    </ModalDialog>
  );
}
