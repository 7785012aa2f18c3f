//! The identity provider that verifies a citizen for an online complaint:
//! OpenID Connect, authorisation code flow with PKCE (S256), the `openid`
//! scope, a nonce, and the identity read from the verified ID token and the
//! UserInfo endpoint. FranceConnect works this way; so does any certified
//! provider. The `openidconnect` crate does the protocol (discovery, token
//! exchange, ID-token signature, issuer, audience, expiry and nonce checks).

use chrono::NaiveDate;
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndUserBirthday, EndUserEmail,
    EndUserFamilyName, EndUserGivenName, IssuerUrl, LocalizedClaim, Nonce, OAuth2TokenResponse,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
};
use tokio::sync::OnceCell;

use crate::config::IdentityProviderConfig;
use app::domain::pre_complaint::VerifiedIdentity;

/// The configured provider, its discovery document read on first use (a
/// provider that is down at start-up does not stop the portal).
pub struct IdentityProvider {
    config: IdentityProviderConfig,
    origin: String,
    http: reqwest::Client,
    metadata: OnceCell<CoreProviderMetadata>,
}

/// Where to send the citizen, and what to remember until they come back.
pub struct Authorisation {
    /// The provider's authorisation URL.
    pub url: String,
    /// The `state` value, to find the check again.
    pub state: String,
    /// The nonce the ID token must carry.
    pub nonce: String,
    /// The PKCE verifier.
    pub pkce_verifier: String,
}

/// Why a verification failed; logged, never shown in detail.
#[derive(Debug, thiserror::Error)]
pub enum VerificationError {
    /// The provider could not be reached or answered badly.
    #[error("identity provider unavailable: {0}")]
    Unavailable(String),
    /// The answer did not verify (signature, nonce, audience, expiry…).
    #[error("identity not verified: {0}")]
    Invalid(String),
}

impl IdentityProvider {
    /// A provider for `config`.
    pub fn new(config: IdentityProviderConfig) -> anyhow::Result<Self> {
        let http = reqwest::Client::builder()
            // Following redirects would let a provider's answer point the
            // portal at any address (SSRF).
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(10))
            .build()?;
        let issuer = IssuerUrl::new(config.issuer.clone())
            .map_err(|e| anyhow::anyhow!("PORTAL_OIDC_ISSUER is not a URL: {e}"))?;
        let origin = issuer.url().origin().ascii_serialization();
        RedirectUrl::new(config.redirect_url.clone())
            .map_err(|e| anyhow::anyhow!("PORTAL_OIDC_REDIRECT_URL is not a URL: {e}"))?;
        Ok(IdentityProvider {
            config,
            origin,
            http,
            metadata: OnceCell::new(),
        })
    }

    /// The provider's origin (`https://host[:port]`), where the start form
    /// sends the citizen (the page's form-action must allow it).
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The provider's name, for the buttons.
    pub fn name(&self) -> &str {
        &self.config.name
    }

    async fn client(
        &self,
    ) -> Result<
        CoreClient<
            openidconnect::EndpointSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointMaybeSet,
            openidconnect::EndpointMaybeSet,
        >,
        VerificationError,
    > {
        let metadata = self
            .metadata
            .get_or_try_init(|| async {
                let issuer = IssuerUrl::new(self.config.issuer.clone())
                    .map_err(|e| VerificationError::Unavailable(e.to_string()))?;
                CoreProviderMetadata::discover_async(issuer, &self.http)
                    .await
                    .map_err(|e| VerificationError::Unavailable(e.to_string()))
            })
            .await?;
        let redirect = RedirectUrl::new(self.config.redirect_url.clone())
            .map_err(|e| VerificationError::Unavailable(e.to_string()))?;
        Ok(CoreClient::from_provider_metadata(
            metadata.clone(),
            ClientId::new(self.config.client_id.clone()),
            Some(ClientSecret::new(
                self.config.client_secret.expose().to_string(),
            )),
        )
        .set_redirect_uri(redirect))
    }

    /// Starts a verification: the URL to send the citizen to and the
    /// values to keep until they come back.
    pub async fn authorise(&self) -> Result<Authorisation, VerificationError> {
        let client = self.client().await?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .set_pkce_challenge(challenge);
        for scope in &self.config.scopes {
            request = request.add_scope(Scope::new(scope.clone()));
        }
        let (url, state, nonce) = request.url();
        Ok(Authorisation {
            url: url.to_string(),
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
        })
    }

    /// Finishes a verification: exchanges the code, verifies the ID token
    /// against the nonce, and reads the identity.
    pub async fn verify(
        &self,
        code: &str,
        nonce: &str,
        pkce_verifier: &str,
    ) -> Result<VerifiedIdentity, VerificationError> {
        let client = self.client().await?;
        let invalid = |e: &dyn std::fmt::Display| VerificationError::Invalid(e.to_string());
        let tokens = client
            .exchange_code(AuthorizationCode::new(code.to_string()))
            .map_err(|e| invalid(&e))?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_string()))
            .request_async(&self.http)
            .await
            .map_err(|e| invalid(&e))?;
        let id_token = tokens
            .id_token()
            .ok_or_else(|| invalid(&"no ID token in the answer"))?;
        let claims = id_token
            .claims(&client.id_token_verifier(), &Nonce::new(nonce.to_string()))
            .map_err(|e| invalid(&e))?;
        let subject = claims.subject().clone();
        let issuer = &self.config.issuer;
        let mut identity = identity_from(
            claims.given_name(),
            claims.family_name(),
            claims.birthdate(),
            claims.email(),
            issuer,
        );
        if identity.is_none() {
            let info: openidconnect::core::CoreUserInfoClaims = client
                .user_info(tokens.access_token().clone(), Some(subject))
                .map_err(|e| invalid(&e))?
                .request_async(&self.http)
                .await
                .map_err(|e| invalid(&e))?;
            identity = identity_from(
                info.given_name(),
                info.family_name(),
                info.birthdate(),
                info.email(),
                issuer,
            );
        }
        identity.ok_or_else(|| invalid(&"the provider gave no name"))
    }
}

/// The identity in the standard claims of an ID token or of the UserInfo
/// answer, when they hold a name.
fn identity_from(
    given_name: Option<&LocalizedClaim<EndUserGivenName>>,
    family_name: Option<&LocalizedClaim<EndUserFamilyName>>,
    birthdate: Option<&EndUserBirthday>,
    email: Option<&EndUserEmail>,
    provider: &str,
) -> Option<VerifiedIdentity> {
    let given = given_name?.get(None)?.as_str().trim().to_string();
    let family = family_name?.get(None)?.as_str().trim().to_string();
    if given.is_empty() || family.is_empty() {
        return None;
    }
    Some(VerifiedIdentity {
        given_names: given,
        family_name: family,
        birth_date: birthdate.and_then(|b| NaiveDate::parse_from_str(b.as_str(), "%Y-%m-%d").ok()),
        email: email.map(|e| e.as_str().to_string()),
        provider: provider.to_string(),
    })
}
