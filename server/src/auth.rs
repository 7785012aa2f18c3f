//! Agent credentials: Argon2id password hashes, TOTP second factor (RFC
//! 6238, 30-second steps, 6 digits, SHA-1 as authenticator apps expect),
//! and the enrolment QR code drawn as SVG on the server.

use std::sync::LazyLock;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use qrcode::render::svg;
use qrcode::QrCode;
use rand::TryRngCore;
use totp_rs::{Algorithm, Secret, TOTP};

/// Issuer shown in authenticator apps.
const ISSUER: &str = "Plainte en ligne";
/// Seconds per TOTP step.
const STEP_SECONDS: i64 = 30;

/// Argon2 computations (password and follow-up code hashes and checks)
/// running at once in this process: one per core, at most four. Each takes
/// 19 MiB and a core for its whole run, so more at once would only add
/// memory without finishing sooner; a burst waits its turn. A limit on a
/// resource, not state.
static ARGON2_SLOTS: LazyLock<tokio::sync::Semaphore> = LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    tokio::sync::Semaphore::new(cores.clamp(1, 4))
});

/// Runs an Argon2 computation on the blocking pool, a few at a time.
pub async fn argon2<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> anyhow::Result<T> {
    let _slot = ARGON2_SLOTS.acquire().await?;
    Ok(tokio::task::spawn_blocking(work).await?)
}

/// Hashes a password with Argon2id and a random salt.
pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("cannot hash the password: {e}"))
}

/// A hash of nothing anyone knows, checked when the account does not exist
/// so that a sign-in takes the same time either way.
static DECOY_HASH: LazyLock<String> = LazyLock::new(|| {
    let mut bytes = [0u8; 32];
    let _ = rand::rngs::OsRng.try_fill_bytes(&mut bytes);
    hash_password(&hex::encode(bytes)).unwrap_or_default()
});

/// Checks a password against a stored hash; with `None`, checks the decoy
/// (same cost) and fails.
pub fn verify_password(password: &str, stored: Option<&str>) -> bool {
    let hash = stored.unwrap_or(DECOY_HASH.as_str());
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    let ok = Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok();
    ok && stored.is_some()
}

/// Minimum password length for agents.
pub const MIN_PASSWORD_LEN: usize = 12;

/// A random password of 20 characters, for `agent add` without a password.
pub fn generate_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 20];
    rand::rngs::OsRng
        .try_fill_bytes(&mut bytes)
        .expect("the operating system's random generator works");
    bytes
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect()
}

/// A new TOTP secret: 160 random bits, base32.
pub fn new_totp_secret() -> String {
    let mut bytes = [0u8; 20];
    rand::rngs::OsRng
        .try_fill_bytes(&mut bytes)
        .expect("the operating system's random generator works");
    Secret::Raw(bytes.to_vec()).to_encoded().to_string()
}

fn totp(secret: &str, account: &str) -> anyhow::Result<TOTP> {
    let bytes = Secret::Encoded(secret.to_string())
        .to_bytes()
        .map_err(|e| anyhow::anyhow!("bad TOTP secret: {e:?}"))?;
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        STEP_SECONDS as u64,
        bytes,
        Some(ISSUER.to_string()),
        account.to_string(),
    )
    .map_err(|e| anyhow::anyhow!("bad TOTP parameters: {e}"))
}

/// The time step of a Unix time.
pub fn totp_step(unix_seconds: i64) -> i64 {
    unix_seconds.div_euclid(STEP_SECONDS)
}

/// The code for a step (tests and the enrolment check use it).
pub fn totp_code(secret: &str, step: i64) -> anyhow::Result<String> {
    Ok(totp(secret, "agent")?.generate((step * STEP_SECONDS) as u64))
}

/// The step a typed code belongs to, accepting one step of clock drift
/// either way; `None` when the code is wrong. The caller refuses a step
/// that is not later than the last one accepted, so a code works once.
pub fn totp_match(secret: &str, typed: &str, unix_seconds: i64) -> Option<i64> {
    let typed: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if typed.len() != 6 || !typed.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let now = totp_step(unix_seconds);
    [now, now - 1, now + 1].into_iter().find(|step| {
        totp_code(secret, *step).is_ok_and(|code| {
            subtle::ConstantTimeEq::ct_eq(code.as_bytes(), typed.as_bytes()).into()
        })
    })
}

/// The enrolment QR code (an `otpauth://` URL) as an SVG document.
pub fn enrolment_qr_svg(secret: &str, account: &str) -> anyhow::Result<String> {
    let url = totp(secret, account)?.get_url();
    let code = QrCode::new(url.as_bytes())?;
    Ok(code
        .render::<svg::Color<'_>>()
        .min_dimensions(200, 200)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_only_against_their_hash() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", Some(&hash)));
        assert!(!verify_password("wrong", Some(&hash)));
        assert!(!verify_password("correct horse battery", None));
    }

    #[test]
    fn totp_matches_the_current_and_neighbouring_steps_only() {
        let secret = new_totp_secret();
        let now = 1_800_000_000;
        let step = totp_step(now);
        let code = totp_code(&secret, step).unwrap();
        assert_eq!(totp_match(&secret, &code, now), Some(step));
        assert_eq!(totp_match(&secret, &code, now + 30), Some(step));
        assert_eq!(totp_match(&secret, &code, now + 90), None);
        assert_eq!(totp_match(&secret, "12345", now), None);
        assert_eq!(totp_match(&secret, "abcdef", now), None);
    }

    #[test]
    fn rfc6238_test_vector() {
        // RFC 6238 appendix B, SHA-1, T = 59 s: 94287082 (8 digits); the
        // 6-digit code is its last six digits.
        let secret = Secret::Raw(b"12345678901234567890".to_vec())
            .to_encoded()
            .to_string();
        assert_eq!(totp_code(&secret, totp_step(59)).unwrap(), "287082");
    }

    #[test]
    fn the_qr_code_is_an_svg() {
        let svg = enrolment_qr_svg(&new_totp_secret(), "agent@example.fr").unwrap();
        assert!(svg.contains("<svg") && svg.contains("</svg>"));
        assert!(!svg.contains("<script"));
    }

    #[test]
    fn generated_passwords_are_long_enough() {
        assert!(generate_password().len() >= MIN_PASSWORD_LEN);
    }
}
