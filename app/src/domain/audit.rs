//! The append-only audit log, chained by hashes: each record carries the
//! hash of the one before it, so editing, deleting or reordering a row breaks
//! the chain where it happened.
//!
//! A record says who did what to which submission and when, never the
//! case's content: `detail` holds things like `in-review -> referred`.
//!
//! The chain alone cannot tell that the *last* records were deleted: what is
//! left is still a valid chain. The server therefore also keeps the latest
//! hash outside the log table and compares it with the last record's hash
//! when it verifies the log.

use sha2::{Digest, Sha256};

/// The `prev_hash` of the first record: 64 zeros.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Label mixed into every hash so the hash of a record cannot be mistaken
/// for the hash of anything else, and so the encoding can change later.
const DOMAIN: &[u8] = b"audit-record-v1";

/// One row of the audit log, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRecord {
    /// Increasing row id; gives the order of the chain (it is not hashed).
    pub id: i64,
    /// When, in RFC 3339 UTC, exactly as stored.
    pub at: String,
    /// Who: `agent:12`, `system`, `cli`, …
    pub actor: String,
    /// What: `case.view`, `case.status`, `sign-in.success`, …
    pub action: String,
    /// The submission concerned, if any.
    pub submission_id: Option<i64>,
    /// A short description without case content.
    pub detail: String,
    /// The hash of the previous record ([`GENESIS`] for the first).
    pub prev_hash: String,
    /// The hash of this record, from [`entry_hash`].
    pub hash: String,
}

/// Where the chain breaks, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("audit chain broken at record {id}: {kind:?}")]
pub struct ChainBreak {
    /// The id of the first record that does not fit.
    pub id: i64,
    /// What is wrong with it.
    pub kind: BreakKind,
}

/// How a chain breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakKind {
    /// The record's hash does not match its fields: it was edited.
    Edited,
    /// The record does not follow the one before it, and the record it
    /// follows is nowhere in the log: rows before it were deleted.
    Missing,
    /// Records are out of order: ids do not increase, or the record it
    /// follows appears elsewhere in the log.
    Reordered,
}

/// The SHA-256, in lower-case hex, of a record chained to `prev_hash`.
///
/// Every field is length-prefixed, so moving text from one field to the
/// next (`actor = "ab", action = "c"` versus `"a", "bc"`) changes the hash.
pub fn entry_hash(
    prev_hash: &str,
    at: &str,
    actor: &str,
    action: &str,
    submission_id: Option<i64>,
    detail: &str,
) -> String {
    let mut hasher = Sha256::new();
    hasher.update(DOMAIN);
    for field in [prev_hash, at, actor, action] {
        absorb(&mut hasher, field.as_bytes());
    }
    match submission_id {
        None => hasher.update([0u8]),
        Some(id) => {
            hasher.update([1u8]);
            hasher.update(id.to_be_bytes());
        }
    }
    absorb(&mut hasher, detail.as_bytes());
    hex::encode(hasher.finalize())
}

fn absorb(hasher: &mut Sha256, bytes: &[u8]) {
    hasher.update((bytes.len() as u64).to_be_bytes());
    hasher.update(bytes);
}

impl AuditRecord {
    /// The hash this record's fields give.
    pub fn expected_hash(&self) -> String {
        entry_hash(
            &self.prev_hash,
            &self.at,
            &self.actor,
            &self.action,
            self.submission_id,
            &self.detail,
        )
    }
}

/// Checks a log given in id order: ids increase, each hash matches its
/// record, and each record follows the one before it (the first follows
/// [`GENESIS`]). Returns how many records were checked, or the first break.
pub fn verify(records: &[AuditRecord]) -> Result<usize, ChainBreak> {
    let hashes: std::collections::HashSet<&str> = records.iter().map(|r| r.hash.as_str()).collect();
    let mut previous: Option<&AuditRecord> = None;
    for record in records {
        let brk = |kind| ChainBreak {
            id: record.id,
            kind,
        };
        if previous.is_some_and(|p| record.id <= p.id) {
            return Err(brk(BreakKind::Reordered));
        }
        if record.expected_hash() != record.hash {
            return Err(brk(BreakKind::Edited));
        }
        let expected_prev = previous.map_or(GENESIS, |p| p.hash.as_str());
        if record.prev_hash != expected_prev {
            let kind = if hashes.contains(record.prev_hash.as_str()) {
                BreakKind::Reordered
            } else {
                BreakKind::Missing
            };
            return Err(brk(kind));
        }
        previous = Some(record);
    }
    Ok(records.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A chain of `n` records with ids 1..=n.
    fn chain(n: i64) -> Vec<AuditRecord> {
        let mut records: Vec<AuditRecord> = Vec::new();
        for id in 1..=n {
            let prev_hash = records
                .last()
                .map_or(GENESIS.to_string(), |r| r.hash.clone());
            let mut record = AuditRecord {
                id,
                at: format!("2026-11-29T10:00:{id:02}Z"),
                actor: format!("agent:{id}"),
                action: "case.status".into(),
                submission_id: (id % 2 == 0).then_some(id * 10),
                detail: "in-review -> referred".into(),
                prev_hash,
                hash: String::new(),
            };
            record.hash = record.expected_hash();
            records.push(record);
        }
        records
    }

    #[test]
    fn genesis_is_sixty_four_zeros() {
        assert_eq!(GENESIS.len(), 64);
        assert!(GENESIS.bytes().all(|b| b == b'0'));
    }

    #[test]
    fn hashes_are_lower_case_sha256_hex() {
        let hash = entry_hash(GENESIS, "2026-11-29T10:00:00Z", "cli", "x", None, "");
        assert_eq!(hash.len(), 64);
        assert!(hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
    }

    #[test]
    fn moving_text_between_fields_changes_the_hash() {
        let at = "2026-11-29T10:00:00Z";
        assert_ne!(
            entry_hash(GENESIS, at, "ab", "c", None, "d"),
            entry_hash(GENESIS, at, "a", "bc", None, "d")
        );
        assert_ne!(
            entry_hash(GENESIS, at, "a", "b", None, ""),
            entry_hash(GENESIS, at, "a", "b", Some(0), "")
        );
    }

    #[test]
    fn an_intact_chain_verifies() {
        assert_eq!(verify(&chain(5)), Ok(5));
        assert_eq!(verify(&[]), Ok(0));
    }

    #[test]
    fn editing_any_field_of_any_record_is_detected_at_that_record() {
        type Edit = fn(&mut AuditRecord);
        let edits: [Edit; 7] = [
            |r| r.at.push('0'),
            |r| r.actor = "agent:99".into(),
            |r| r.action = "case.view".into(),
            |r| r.submission_id = Some(7),
            |r| r.detail.push('!'),
            |r| r.prev_hash = GENESIS.replace('0', "1"),
            |r| r.hash = GENESIS.into(),
        ];
        for index in 0..4 {
            for edit in edits {
                let mut records = chain(4);
                edit(&mut records[index]);
                let id = records[index].id;
                assert_eq!(
                    verify(&records),
                    Err(ChainBreak {
                        id,
                        kind: BreakKind::Edited
                    })
                );
            }
        }
    }

    #[test]
    fn deleting_a_record_is_detected_at_the_next_one() {
        for deleted in [0, 2] {
            let mut records = chain(5);
            let next = records[deleted + 1].id;
            records.remove(deleted);
            assert_eq!(
                verify(&records),
                Err(ChainBreak {
                    id: next,
                    kind: BreakKind::Missing
                })
            );
        }
    }

    #[test]
    fn deleting_the_last_records_leaves_a_valid_chain() {
        let mut records = chain(5);
        records.truncate(3);
        assert_eq!(verify(&records), Ok(3));
    }

    #[test]
    fn swapping_two_records_is_detected() {
        let mut records = chain(5);
        records.swap(1, 2);
        assert_eq!(
            verify(&records).map_err(|b| b.kind),
            Err(BreakKind::Reordered)
        );
        let (id_a, id_b) = (records[1].id, records[2].id);
        records[1].id = id_b;
        records[2].id = id_a;
        assert_eq!(
            verify(&records),
            Err(ChainBreak {
                id: 2,
                kind: BreakKind::Reordered
            })
        );
    }
}
