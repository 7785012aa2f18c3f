// A real OpenID Connect provider for the tests of the online complaint:
// the certified `oidc-provider` package, with its development sign-in and
// consent pages (any login is accepted; the account's identity comes from
// ACCOUNTS below, or is made up from the login).
//
// Environment:
//   OIDC_PORT            port to listen on, on 127.0.0.1 (required)
//   OIDC_CLIENT_ID       the portal's client id (default "portal")
//   OIDC_CLIENT_SECRET   its secret (default "portal-test-secret")
//   OIDC_REDIRECT_URIS   the portal's callback URLs, comma separated (required)
//
// Prints "oidc-provider listening on <issuer>" once it accepts requests.
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT);
const redirectUris = (process.env.OIDC_REDIRECT_URIS || '').split(',').filter(Boolean);
if (!port || redirectUris.length === 0) {
  console.error('OIDC_PORT and OIDC_REDIRECT_URIS are required');
  process.exit(2);
}
const issuer = `http://127.0.0.1:${port}`;

const ACCOUNTS = {
  camille: {
    given_name: 'Camille',
    family_name: 'Martin',
    birthdate: '1990-05-01',
    email: 'camille.martin@example.fr',
    email_verified: true,
  },
};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.OIDC_CLIENT_ID || 'portal',
      client_secret: process.env.OIDC_CLIENT_SECRET || 'portal-test-secret',
      redirect_uris: redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  claims: {
    openid: ['sub'],
    profile: ['given_name', 'family_name', 'birthdate'],
    email: ['email', 'email_verified'],
  },
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
  cookies: { keys: ['portal-tests-only-cookie-key'] },
  async findAccount(ctx, id) {
    const identity = ACCOUNTS[id] || {
      given_name: id,
      family_name: 'Test',
      email: `${id}@example.fr`,
      email_verified: true,
    };
    return { accountId: id, claims: async () => ({ sub: id, ...identity }) };
  },
});
provider.proxy = false;

provider.listen(port, '127.0.0.1', () => {
  console.log(`oidc-provider listening on ${issuer}`);
});
