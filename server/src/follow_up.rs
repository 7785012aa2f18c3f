//! The anonymous follow-up code of a violence report, on the server side:
//! drawn from the operating system's generator, hashed with Argon2id (a
//! salt of its own per code), and checked so that a wrong code costs as
//! much as a right one.
//!
//! Argon2 is deliberately slow and memory-hungry (19 MiB per check), so the
//! checks of this process run a few at a time (`auth::argon2`): a burst of
//! guesses waits its turn instead of exhausting memory. How many guesses
//! are *allowed* is decided before, from the database (see
//! `http::follow_up`).

use app::domain::follow_up_code::{FollowUpCode, RANDOM_BYTES};
use rand::TryRngCore;

use crate::auth::{self, argon2};

/// A new code: 100 bits from the operating system's random generator.
pub fn generate() -> FollowUpCode {
    let mut bytes = [0u8; RANDOM_BYTES];
    rand::rngs::OsRng
        .try_fill_bytes(&mut bytes)
        .expect("the operating system's random generator works");
    FollowUpCode::from_random(bytes)
}

/// The Argon2id hash (PHC string, with its own random salt) of the code's
/// secret part; the locator is stored beside it in the clear.
pub async fn hash(code: &FollowUpCode) -> anyhow::Result<String> {
    let secret = code.secret().to_string();
    argon2(move || auth::hash_password(&secret)).await?
}

/// Checks `code` against the stored hashes that share its locator; returns
/// the index of the one it matches. With no candidate, the decoy hash is
/// checked instead, so that a wrong code takes as long as a right one.
pub async fn verify(code: &FollowUpCode, candidates: &[String]) -> anyhow::Result<Option<usize>> {
    let secret = code.secret().to_string();
    let candidates = candidates.to_vec();
    argon2(move || {
        if candidates.is_empty() {
            auth::verify_password(&secret, None);
            return None;
        }
        // Every candidate is checked, even after a match: the time depends
        // on how many reports share the locator, never on the code typed.
        candidates
            .iter()
            .map(|hash| auth::verify_password(&secret, Some(hash)))
            .collect::<Vec<bool>>()
            .into_iter()
            .position(|matched| matched)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_code_verifies_against_its_own_hash_only() {
        let code = generate();
        let other = generate();
        let hash = hash(&code).await.unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(!hash.contains(code.secret()));
        let other_hash = super::hash(&other).await.unwrap();
        let both = [other_hash, hash];
        assert_eq!(verify(&code, &both).await.unwrap(), Some(1));
        assert_eq!(verify(&other, &both[1..]).await.unwrap(), None);
        assert_eq!(verify(&code, &[]).await.unwrap(), None);
    }

    #[test]
    fn a_hundred_thousand_codes_are_distinct_even_and_read_back() {
        const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        const DRAWS: usize = 100_000;
        let mut seen = std::collections::HashSet::with_capacity(DRAWS);
        let mut counts = [0u32; 32];
        for _ in 0..DRAWS {
            let code = generate();
            let shown = code.grouped();
            assert_eq!(FollowUpCode::parse(&shown).as_ref(), Some(&code), "{shown}");
            for symbol in shown.chars().filter(|c| *c != '-') {
                let index = ALPHABET.find(symbol).expect("a symbol of the alphabet");
                counts[index] += 1;
            }
            assert!(seen.insert(shown), "a code was drawn twice");
        }
        let mean = (DRAWS * 20) as f64 / 32.0;
        for (symbol, count) in ALPHABET.chars().zip(counts) {
            let off = (f64::from(count) - mean).abs() / mean;
            assert!(off <= 0.05, "{symbol} drawn {count} times, mean {mean}");
        }
    }

    #[tokio::test]
    async fn the_same_code_hashed_twice_gets_two_salts() {
        let code = generate();
        assert_ne!(hash(&code).await.unwrap(), hash(&code).await.unwrap());
    }
}
