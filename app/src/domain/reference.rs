//! Case references: short, readable aloud, Crockford base32 (no I, L, O, U)
//! with a check character, e.g. `PP-7K3Q-9MXD-C`.
//!
//! The check character is a Luhn mod 32 digit over the eight payload
//! characters: it catches every single mistyped character and every swap of
//! two neighbouring characters, which are the mistakes people make when they
//! read a reference over the phone.

use std::fmt;
use std::str::FromStr;

/// Crockford's base32 alphabet.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Payload characters in a reference (40 bits).
const PAYLOAD_LEN: usize = 8;

/// What kind of submission a reference names; its prefix is the first part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReferenceKind {
    /// A property pre-complaint (`PP`).
    PreComplaint,
    /// An online complaint with verified identity (`PL`).
    Complaint,
    /// A discrimination report (`DI`).
    Discrimination,
    /// A report of sexual or sexist violence (`VS`); the reporter follows
    /// it with a secret code, the reference is for agents.
    Violence,
}

impl ReferenceKind {
    /// The two-letter prefix.
    pub fn prefix(self) -> &'static str {
        match self {
            ReferenceKind::PreComplaint => "PP",
            ReferenceKind::Complaint => "PL",
            ReferenceKind::Discrimination => "DI",
            ReferenceKind::Violence => "VS",
        }
    }

    fn from_prefix(prefix: &str) -> Option<Self> {
        match prefix {
            "PP" => Some(ReferenceKind::PreComplaint),
            "PL" => Some(ReferenceKind::Complaint),
            "DI" => Some(ReferenceKind::Discrimination),
            "VS" => Some(ReferenceKind::Violence),
            _ => None,
        }
    }
}

/// A valid case reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    kind: ReferenceKind,
    value: u64,
}

/// Why a typed reference was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReferenceError {
    /// Wrong length, prefix or characters.
    #[error("not a reference")]
    Malformed,
    /// Well formed, but the check character does not match: a typing mistake.
    #[error("the check character does not match")]
    CheckFailed,
}

impl Reference {
    /// Builds a reference from 40 random bits (higher bits are ignored).
    pub fn from_random(kind: ReferenceKind, random: u64) -> Self {
        Reference {
            kind,
            value: random & ((1 << (5 * PAYLOAD_LEN)) - 1),
        }
    }

    /// The kind of submission.
    pub fn kind(&self) -> ReferenceKind {
        self.kind
    }

    fn payload(&self) -> [u8; PAYLOAD_LEN] {
        let mut out = [0u8; PAYLOAD_LEN];
        for (i, slot) in out.iter_mut().enumerate() {
            let shift = 5 * (PAYLOAD_LEN - 1 - i);
            *slot = ((self.value >> shift) & 31) as u8;
        }
        out
    }
}

/// Luhn mod 32 check digit over the payload digits.
fn check_digit(payload: &[u8]) -> u8 {
    let sum: u32 = payload
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 0 {
                let doubled = d * 2;
                doubled / 32 + doubled % 32
            } else {
                d
            }
        })
        .sum();
    ((32 - sum % 32) % 32) as u8
}

/// Maps a typed character to its Crockford value, forgiving O/I/L and case.
fn decode_char(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    ALPHABET
        .iter()
        .position(|&a| a as char == c)
        .map(|p| p as u8)
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let payload = self.payload();
        let chars: String = payload
            .iter()
            .map(|&d| ALPHABET[d as usize] as char)
            .collect();
        let check = ALPHABET[check_digit(&payload) as usize] as char;
        write!(
            f,
            "{}-{}-{}-{}",
            self.kind.prefix(),
            &chars[..4],
            &chars[4..],
            check
        )
    }
}

impl FromStr for Reference {
    type Err = ReferenceError;

    /// Parses a reference as a person would type it: any case, with or
    /// without hyphens and spaces, O for 0 and I or L for 1.
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let compact: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        if compact.len() != 2 + PAYLOAD_LEN + 1 || !compact.is_ascii() {
            return Err(ReferenceError::Malformed);
        }
        let prefix = compact[..2].to_ascii_uppercase();
        let kind = ReferenceKind::from_prefix(&prefix).ok_or(ReferenceError::Malformed)?;
        let digits: Vec<u8> = compact[2..]
            .chars()
            .map(decode_char)
            .collect::<Option<_>>()
            .ok_or(ReferenceError::Malformed)?;
        let (payload, check) = digits.split_at(PAYLOAD_LEN);
        if check_digit(payload) != check[0] {
            return Err(ReferenceError::CheckFailed);
        }
        let value = payload
            .iter()
            .fold(0u64, |acc, &d| (acc << 5) | u64::from(d));
        Ok(Reference { kind, value })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_has_its_own_prefix_and_reads_back() {
        let kinds = [
            ReferenceKind::PreComplaint,
            ReferenceKind::Complaint,
            ReferenceKind::Discrimination,
            ReferenceKind::Violence,
        ];
        for kind in kinds {
            let text = Reference::from_random(kind, 0x12_3456_789a).to_string();
            assert!(text.starts_with(&format!("{}-", kind.prefix())));
            let parsed: Reference = text.parse().expect("reads back");
            assert_eq!(parsed.to_string(), text);
        }
        let mut prefixes: Vec<_> = kinds.iter().map(|k| k.prefix()).collect();
        prefixes.dedup();
        assert_eq!(prefixes.len(), kinds.len());
    }

    #[test]
    fn displays_grouped_with_prefix_and_check_character() {
        let reference = Reference::from_random(ReferenceKind::PreComplaint, 0x12_3456_789A);
        let text = reference.to_string();
        assert_eq!(text.len(), "PP-XXXX-XXXX-X".len());
        assert!(text.starts_with("PP-"));
        assert!(!text[3..].contains(['I', 'L', 'O', 'U']));
    }

    #[test]
    fn round_trips_and_forgives_case_spaces_and_lookalikes() {
        for seed in [0u64, 1, 31, 0xFF_FFFF_FFFF, 0x0A_0B0C_0D0E] {
            let reference = Reference::from_random(ReferenceKind::PreComplaint, seed);
            let text = reference.to_string();
            assert_eq!(text.parse::<Reference>(), Ok(reference));
            let sloppy = text
                .to_lowercase()
                .replace('-', " ")
                .replace('0', "o")
                .replace('1', "l");
            assert_eq!(sloppy.parse::<Reference>(), Ok(reference), "{sloppy}");
        }
    }

    #[test]
    fn detects_every_single_character_substitution() {
        let text = Reference::from_random(ReferenceKind::PreComplaint, 0x3C_5A69_7812).to_string();
        let chars: Vec<char> = text.chars().collect();
        for position in [3, 4, 5, 6, 8, 9, 10, 11, 13] {
            for &replacement in ALPHABET {
                let replacement = replacement as char;
                if replacement == chars[position] {
                    continue;
                }
                let mut typed = chars.clone();
                typed[position] = replacement;
                let typed: String = typed.into_iter().collect();
                assert!(typed.parse::<Reference>().is_err(), "{typed} accepted");
            }
        }
    }

    #[test]
    fn detects_swapped_neighbours() {
        let reference = Reference::from_random(ReferenceKind::PreComplaint, 0x1F_2E3D_4C5B);
        let compact: Vec<char> = reference.to_string().replace('-', "").chars().collect();
        for i in 2..compact.len() - 1 {
            if compact[i] == compact[i + 1] {
                continue;
            }
            let mut swapped = compact.clone();
            swapped.swap(i, i + 1);
            let swapped: String = swapped.into_iter().collect();
            assert!(swapped.parse::<Reference>().is_err(), "{swapped} accepted");
        }
    }

    #[test]
    fn refuses_malformed_input() {
        assert_eq!("".parse::<Reference>(), Err(ReferenceError::Malformed));
        assert_eq!(
            "XX-1234-5678-9".parse::<Reference>(),
            Err(ReferenceError::Malformed)
        );
        assert_eq!(
            "PP-1234-567U-9".parse::<Reference>(),
            Err(ReferenceError::Malformed)
        );
        assert_eq!(
            "PP-1234-5678".parse::<Reference>(),
            Err(ReferenceError::Malformed)
        );
        assert_eq!(
            "PP-É234-5678-9".parse::<Reference>(),
            Err(ReferenceError::Malformed)
        );
    }
}
