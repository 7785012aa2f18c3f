//! The CSRF token of a form that has no session behind it (the agent
//! sign-in, the orientation questions): a "double submit" token, random,
//! sent both in a cookie scoped to the form's path and in a hidden field,
//! and compared in constant time when the form comes back.

use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use subtle::ConstantTimeEq;

use super::session::random_token;
use super::AppError;

/// A form's token cookie: its name and the path it is sent to.
#[derive(Debug, Clone, Copy)]
pub struct FormToken {
    /// Cookie name.
    pub cookie: &'static str,
    /// Cookie path: the browser sends it only to the form's URLs.
    pub path: &'static str,
}

impl FormToken {
    /// The cookie carrying `token`. It is `HttpOnly`, `SameSite=Strict` and
    /// has no `Max-Age`: it ends with the browser session.
    pub fn cookie(&self, token: String) -> Cookie<'static> {
        Cookie::build((self.cookie, token))
            .path(self.path)
            .http_only(true)
            .same_site(SameSite::Strict)
            .build()
    }

    /// A new random token and its cookie.
    pub fn fresh(&self) -> (String, Cookie<'static>) {
        let token = random_token();
        (token.clone(), self.cookie(token))
    }

    /// The token the browser already holds, if it looks like one of ours.
    pub fn current(&self, jar: &CookieJar) -> Option<String> {
        jar.get(self.cookie)
            .map(|c| c.value().to_string())
            .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
    }

    /// The token the browser holds (so that the same form open in another
    /// tab stays usable), or a new one with its cookie added to `jar`.
    pub fn held_or_fresh(&self, jar: CookieJar) -> (String, CookieJar) {
        match self.current(&jar) {
            Some(token) => (token, jar),
            None => {
                let (token, cookie) = self.fresh();
                (token, jar.add(cookie))
            }
        }
    }

    /// Checks a posted token against the cookie's, in constant time; returns
    /// the token. A missing or different one is refused (403).
    pub fn check(&self, jar: &CookieJar, posted: &str) -> Result<String, AppError> {
        let expected = jar
            .get(self.cookie)
            .map(|c| c.value().to_string())
            .unwrap_or_default();
        if !expected.is_empty() && bool::from(posted.as_bytes().ct_eq(expected.as_bytes())) {
            Ok(expected)
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// The cookie that removes the token once the form has done its work.
    pub fn removal(&self) -> Cookie<'static> {
        Cookie::build(self.cookie).path(self.path).build()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FORM: FormToken = FormToken {
        cookie: "portal_test_form",
        path: "/test",
    };

    #[test]
    fn only_the_cookies_own_token_passes() {
        let (token, cookie) = FORM.fresh();
        assert_eq!(cookie.path(), Some("/test"));
        assert_eq!(cookie.http_only(), Some(true));
        let jar = CookieJar::new().add(cookie);
        assert_eq!(FORM.current(&jar).as_deref(), Some(token.as_str()));
        assert_eq!(FORM.check(&jar, &token).ok(), Some(token.clone()));
        assert!(FORM.check(&jar, "").is_err());
        assert!(FORM.check(&jar, &token[1..]).is_err());
        assert!(FORM.check(&CookieJar::new(), "").is_err());
        assert!(FORM.check(&CookieJar::new(), &token).is_err());
    }
}
