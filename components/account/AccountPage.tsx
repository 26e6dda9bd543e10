import './account.css';
import { getTranslations } from 'next-intl/server';
import type { ApiTokenSummary, Viewer } from '@/server/queries';
import { CreateTokenForm } from './CreateTokenForm';
import { TokenList } from './TokenList';

/** The account page: who you are, and your personal API tokens. */
export async function AccountPage({ user, tokens }: { user: Viewer; tokens: ApiTokenSummary[] }) {
  const t = await getTranslations('Account');
  const tAuth = await getTranslations('Auth');
  return (
    <div className="page account-page">
      <h1>{t('title')}</h1>
      <p className="lead">
        <bdi>{user.name}</bdi> · <bdi>{user.email}</bdi> · {tAuth(`roles.${user.role}`)}
      </p>
      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">{t('tokensHeading')}</h2>
        <p>
          {t.rich('tokensIntro', {
            code: (chunks) => (
              <code lang="en" translate="no">
                {chunks}
              </code>
            ),
          })}
        </p>
        <p>
          {t.rich('docs', {
            link: (chunks) => (
              <a href="/api/v1/openapi.json" lang="en">
                {chunks}
              </a>
            ),
          })}
        </p>
        <TokenList tokens={tokens} />
        <h3>{t('newToken')}</h3>
        <CreateTokenForm />
      </section>
    </div>
  );
}
