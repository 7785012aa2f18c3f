//! The anonymous follow-up code of a violence report: the reporter's only
//! key to their report, shown once and never stored in the clear.
//!
//! Twenty Crockford base32 characters (100 bits from the operating
//! system's generator, drawn by the caller) shown in five groups of four,
//! e.g. `7K3Q-9MXD-2HBE-W4RT-P0ZA`. The first group is the *locator*: it is
//! stored in the clear, so that a typed code is checked against the few
//! hashes that share it instead of every hash. The other sixteen
//! characters (80 bits) are the secret, checked against a per-code-salted
//! Argon2id hash.
//!
//! Typing it back is forgiving: case, spaces and hyphens do not matter;
//! O reads as 0, and I and L read as 1 (Crockford's rule). U, which the
//! alphabet leaves out, is refused.

use std::fmt;

/// Crockford's base32 alphabet.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Characters in a code.
pub const CODE_LEN: usize = 20;
/// Characters of the locator (the first group).
pub const LOCATOR_LEN: usize = 4;
/// Random bytes a code is drawn from (100 bits are used).
pub const RANDOM_BYTES: usize = 13;

/// A follow-up code: twenty characters of the alphabet.
#[derive(Clone, PartialEq, Eq)]
pub struct FollowUpCode([u8; CODE_LEN]);

impl fmt::Debug for FollowUpCode {
    /// The code is a secret: debug output shows the locator only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "FollowUpCode({}-…)", self.locator())
    }
}

impl FollowUpCode {
    /// The code made of `random`'s first 100 bits (the caller draws them
    /// from the operating system's generator).
    pub fn from_random(random: [u8; RANDOM_BYTES]) -> Self {
        let mut bits: u128 = 0;
        for byte in random {
            bits = (bits << 8) | u128::from(byte);
        }
        // 104 bits drawn; keep the low 100.
        let mut code = [0u8; CODE_LEN];
        for (i, slot) in code.iter_mut().enumerate() {
            let shift = 5 * (CODE_LEN - 1 - i);
            *slot = ALPHABET[((bits >> shift) & 31) as usize];
        }
        FollowUpCode(code)
    }

    /// Reads a code as typed: ignores case, spaces and hyphens, reads O as
    /// 0 and I, L as 1. `None` unless exactly twenty valid characters remain.
    pub fn parse(input: &str) -> Option<Self> {
        let mut code = [0u8; CODE_LEN];
        let mut len = 0;
        for c in input.chars() {
            let c = match c.to_ascii_uppercase() {
                ' ' | '-' | '\u{a0}' | '\t' => continue,
                'O' => '0',
                'I' | 'L' => '1',
                other => other,
            };
            if !c.is_ascii() || !ALPHABET.contains(&(c as u8)) || len == CODE_LEN {
                return None;
            }
            code[len] = c as u8;
            len += 1;
        }
        (len == CODE_LEN).then_some(FollowUpCode(code))
    }

    fn text(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("")
    }

    /// The first group, stored in the clear to find the code's hash.
    pub fn locator(&self) -> &str {
        &self.text()[..LOCATOR_LEN]
    }

    /// The sixteen secret characters, to hash and to verify.
    pub fn secret(&self) -> &str {
        &self.text()[LOCATOR_LEN..]
    }

    /// The code as shown: five groups of four, e.g. `7K3Q-9MXD-2HBE-W4RT-P0ZA`.
    pub fn grouped(&self) -> String {
        self.text()
            .as_bytes()
            .chunks(4)
            .map(|group| std::str::from_utf8(group).unwrap_or(""))
            .collect::<Vec<_>>()
            .join("-")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code() -> FollowUpCode {
        FollowUpCode::from_random([0x5a; RANDOM_BYTES])
    }

    #[test]
    fn a_code_is_five_groups_of_four_from_the_alphabet() {
        let shown = code().grouped();
        assert_eq!(shown.len(), 24);
        let groups: Vec<&str> = shown.split('-').collect();
        assert_eq!(groups.len(), 5);
        assert!(groups.iter().all(|g| g.len() == 4));
        assert!(shown.bytes().all(|b| b == b'-' || ALPHABET.contains(&b)));
    }

    #[test]
    fn different_random_bytes_give_different_codes() {
        let mut other = [0x5a; RANDOM_BYTES];
        other[RANDOM_BYTES - 1] ^= 1;
        assert_ne!(code(), FollowUpCode::from_random(other));
        other = [0x5a; RANDOM_BYTES];
        other[1] ^= 0x80;
        assert_ne!(
            code(),
            FollowUpCode::from_random(other),
            "high bits count too"
        );
    }

    #[test]
    fn typing_back_forgives_case_spaces_hyphens_and_look_alikes() {
        let code = FollowUpCode::parse("1234-5678-9ABC-DEFG-HJKM").expect("valid");
        for typed in [
            "1234 5678 9abc defg hjkm",
            "i234-5678-9abc-defg-hjkm",
            "l2345678 9ABCDEFGHJKM",
            " 1234-5678-9ABC-DEFG-HJKM ",
        ] {
            assert_eq!(FollowUpCode::parse(typed), Some(code.clone()), "{typed}");
        }
        let with_zero = FollowUpCode::parse("0000-0000-0000-0000-0000").expect("valid");
        assert_eq!(
            FollowUpCode::parse("oOoO 0000 0000 0000 0000"),
            Some(with_zero)
        );
    }

    #[test]
    fn wrong_lengths_and_foreign_characters_are_refused() {
        for typed in [
            "",
            "1234-5678-9ABC-DEFG-HJK",
            "1234-5678-9ABC-DEFG-HJKMN",
            "1234-5678-9ABC-DEFG-HJKU",
            "1234-5678-9ABC-DEFG-HJK!",
            "1234-5678-9ABC-DEFG-HJKé",
        ] {
            assert_eq!(FollowUpCode::parse(typed), None, "{typed}");
        }
    }

    #[test]
    fn the_locator_is_the_first_group_and_the_secret_the_rest() {
        let code = FollowUpCode::parse("ABCD-EFGH-JKMN-PQRS-TVWX").expect("valid");
        assert_eq!(code.locator(), "ABCD");
        assert_eq!(code.secret(), "EFGHJKMNPQRSTVWX");
        assert_eq!(format!("{code:?}"), "FollowUpCode(ABCD-…)");
    }

    #[test]
    fn every_symbol_is_used_evenly_over_many_codes() {
        // A deterministic spread of inputs stands in for the generator here;
        // the server's test draws 100,000 codes from the real one.
        let mut counts = [0u32; 32];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            let mut bytes = [0u8; RANDOM_BYTES];
            for b in &mut bytes {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                *b = state as u8;
            }
            for c in FollowUpCode::from_random(bytes).0 {
                counts[ALPHABET.iter().position(|a| *a == c).unwrap_or(0)] += 1;
            }
        }
        let expected = 20_000.0 * CODE_LEN as f64 / 32.0;
        for count in counts {
            assert!(
                (f64::from(count) - expected).abs() < expected * 0.05,
                "{counts:?}"
            );
        }
    }
}
