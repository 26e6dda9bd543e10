import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { ApiTokenSummary } from '@/server/queries';
import { RevokeTokenForm } from './RevokeTokenForm';

/** The person's tokens: name, prefix, created, last used; live ones can be revoked. */
export async function TokenList({ tokens }: { tokens: ApiTokenSummary[] }) {
  const t = await getTranslations('Account');
  const format = await getFormatter();
  // A phone shows each cell as "label: value"; Chinese takes a full-width colon.
  const colon = (await getLocale()) === 'zh' ? '：' : ':';
  const label = (key: 'prefix' | 'created' | 'lastUsed') => `${t(key)}${colon}`;
  if (tokens.length === 0) return <p className="muted">{t('none')}</p>;
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="token-table-wrap">
      <table className="tokens">
        <caption className="visually-hidden">{t('tokensHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('prefix')}</th>
            <th scope="col">{t('created')}</th>
            <th scope="col">{t('lastUsed')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className={token.revokedAt ? 'revoked' : undefined}>
              <th scope="row">
                <bdi>{token.name}</bdi>
              </th>
              <td data-label={label('prefix')}>
                <code lang="en" translate="no">
                  {token.prefix}…
                </code>
              </td>
              <td data-label={label('created')}>{when(token.createdAt)}</td>
              <td data-label={label('lastUsed')}>{token.lastUsedAt ? when(token.lastUsedAt) : t('never')}</td>
              <td>
                {token.revokedAt ? (
                  <span className="badge">{t('revokedAt', { date: when(token.revokedAt) })}</span>
                ) : (
                  <RevokeTokenForm id={token.id} name={token.name} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
