import { ConfirmDialog, ErrorDisplay, formatInstant, useKitStrings, useSession } from '@accord/portal-kit';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { SelectField } from '../common/fields';
import { useIsAdmin } from '../common/use-is-admin';
import { strings } from '../strings';
import { API_KEYS, PARTNERS, type ApiKeyRow, type PartnerRow } from './api-keys.operations';
import { CreateApiKeyDialog } from './create-api-key-dialog';
import { useRevokeApiKey } from './use-api-key-mutations';

const labels = strings.apiKeys;

/** List a partner's API keys with their last use in the viewer's time zone; admins create and revoke keys. */
export function ApiKeysPage() {
  const isAdmin = useIsAdmin();

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{labels.heading}</h1>
          <p className="muted">{labels.intro}</p>
        </div>
      </div>
      {isAdmin ? <PartnerKeys /> : <p className="notice read-only-note">{labels.adminsOnly}</p>}
    </>
  );
}

function PartnerKeys() {
  const kitStrings = useKitStrings();
  const partners = useQuery(PARTNERS);
  const [chosenPartnerId, setChosenPartnerId] = useState<string | null>(null);
  const partnerList = partners.data?.partners ?? [];
  const partner = partnerList.find((row) => row.id === chosenPartnerId) ?? partnerList[0] ?? null;

  return (
    <section aria-labelledby="api-keys-heading">
      <ErrorDisplay error={partners.error} />
      {partners.data === undefined && partners.loading && <p className="muted">{kitStrings.loading}</p>}
      {partners.data !== undefined && partner === null && <p className="card empty">{labels.noPartners}</p>}
      {partner !== null && (
        <>
          <SelectField
            label={labels.partner}
            value={partner.id}
            options={partnerList.map((row) => ({ value: row.id, label: row.name }))}
            onChange={setChosenPartnerId}
          />
          <KeyTable key={partner.id} partner={partner} />
        </>
      )}
    </section>
  );
}

function KeyTable({ partner }: { partner: PartnerRow }) {
  const kitStrings = useKitStrings();
  const { session } = useSession();
  const keys = useQuery(API_KEYS, { variables: { partnerId: partner.id } });
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKeyRow | null>(null);
  const { revoke, loading: revokeBusy } = useRevokeApiKey();
  const timeZone = session?.user.timeZone;
  const showInstant = (iso: string | null, empty: string) => (iso === null ? empty : formatInstant(iso, timeZone));

  const confirmRevoke = async () => {
    if (revoking === null) return;

    if (await revoke(revoking.id, revoking.name)) setRevoking(null);
  };

  return (
    <>
      <div className="page-header">
        <h2 id="api-keys-heading">{labels.keysOf(partner.name)}</h2>
        <button type="button" className="button primary" onClick={() => setCreating(true)} disabled={partner.accounts.length === 0}>
          {labels.createKey}
        </button>
      </div>
      {partner.accounts.length === 0 && <p className="notice">{labels.noAccounts}</p>}
      <ErrorDisplay error={keys.error} />
      {keys.data === undefined && keys.loading && <p className="muted">{kitStrings.loading}</p>}
      {keys.data?.apiKeys.length === 0 && <p className="card empty">{labels.noKeys}</p>}
      {keys.data !== undefined && keys.data.apiKeys.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{labels.keysOf(partner.name)}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.columns.name}</th>
                <th scope="col">{labels.columns.scopes}</th>
                <th scope="col">{labels.columns.expires}</th>
                <th scope="col">{labels.columns.status}</th>
                <th scope="col">{labels.columns.lastUsed}</th>
                <th scope="col">{labels.columns.createdBy}</th>
                <th scope="col">{labels.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {keys.data.apiKeys.map((key) => (
                <tr key={key.id} className={key.revokedAt === null ? undefined : 'retired'}>
                  <th scope="row">
                    {key.name}
                    <div className="muted small mono">{key.prefix}</div>
                  </th>
                  <td className="small">{key.scopes.map((scope) => labels.scopes[scope]).join(', ')}</td>
                  <td className="small">{showInstant(key.expiresAt, '')}</td>
                  <td>
                    <KeyStatus apiKey={key} timeZone={timeZone} />
                  </td>
                  <td className="small">{showInstant(key.lastUsedAt, labels.neverUsed)}</td>
                  <td className="small">{key.createdBy?.name ?? strings.notSet}</td>
                  <td>
                    {key.revokedAt === null && (
                      <button type="button" className="button small danger" aria-label={labels.revokeKey(key.name)} onClick={() => setRevoking(key)}>
                        {labels.revoke}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CreateApiKeyDialog partner={partner} open={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog
        open={revoking !== null}
        title={labels.revokeDialog.title(revoking?.name ?? '')}
        confirmLabel={labels.revokeDialog.confirm}
        cancelLabel={labels.revokeDialog.cancel}
        tone="danger"
        busy={revokeBusy}
        onConfirm={() => void confirmRevoke()}
        onCancel={() => setRevoking(null)}
      >
        <p>{labels.revokeDialog.body}</p>
      </ConfirmDialog>
    </>
  );
}

function KeyStatus({ apiKey, timeZone }: { apiKey: ApiKeyRow; timeZone: string | undefined }) {
  if (apiKey.revokedAt !== null) return <span className="badge">{labels.status.revoked(formatInstant(apiKey.revokedAt, timeZone))}</span>;
  if (Date.parse(apiKey.expiresAt) <= Date.now()) return <span className="badge warn">{labels.status.expired}</span>;

  return <span className="badge ok">{labels.status.active}</span>;
}
