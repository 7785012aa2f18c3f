//! Encryption at rest of what citizens write and who they are: answers
//! (drafts and submissions), messages and notes on a case, and mail waiting
//! in the outbox (recipient, subject and bodies) are stored sealed with
//! XChaCha20-Poly1305 (RustCrypto), under a key that never enters the
//! database.
//!
//! A sealed value reads `enc:v1:<key id>:<base64 of nonce and ciphertext>`;
//! the key id lets keys be rotated: new values are sealed with the current
//! key, and every key of the ring still opens what it sealed. The column a
//! value belongs to is bound to it as associated data, so a sealed value
//! copied into another column does not open. A value without the prefix
//! (written before encryption existed) is read as it is.
//!
//! Keys come from `PORTAL_DATA_KEYS` (`id:base64key`, comma separated, the
//! first one current) or from the file `PORTAL_DATA_KEY_FILE` (one
//! `id:base64key` per line, the first one current); with neither, a key
//! file is created under the data folder on first start.

use std::collections::HashMap;
use std::path::Path;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::TryRngCore;

/// The prefix of a sealed value, with the format's version.
const PREFIX: &str = "enc:v1:";
/// Bytes of an XChaCha20 nonce.
const NONCE_LEN: usize = 24;

/// Which column a value is stored in; bound to it as associated data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// `drafts.data`.
    DraftData,
    /// `submissions.data`.
    SubmissionData,
    /// `case_messages.body`.
    MessageBody,
    /// `case_notes.body`.
    NoteBody,
    /// `outbox.recipient`.
    OutboxRecipient,
    /// `outbox.subject`.
    OutboxSubject,
    /// `outbox.body_text`.
    OutboxBodyText,
    /// `outbox.body_html`.
    OutboxBodyHtml,
    /// `outbox.last_error` (a relay's refusal may quote the recipient).
    OutboxLastError,
    /// `case_events.detail` (a refer note, a reason for rejecting, a slot).
    EventDetail,
}

impl Column {
    /// Every sealed column, for a key rotation.
    pub const ALL: [Column; 10] = [
        Column::DraftData,
        Column::SubmissionData,
        Column::MessageBody,
        Column::NoteBody,
        Column::OutboxRecipient,
        Column::OutboxSubject,
        Column::OutboxBodyText,
        Column::OutboxBodyHtml,
        Column::OutboxLastError,
        Column::EventDetail,
    ];

    /// The `(table, column)` the values are stored in.
    pub fn name(self) -> (&'static str, &'static str) {
        let label = std::str::from_utf8(self.label()).unwrap_or_default();
        label.split_once('.').unwrap_or((label, ""))
    }

    fn label(self) -> &'static [u8] {
        match self {
            Column::DraftData => b"drafts.data",
            Column::SubmissionData => b"submissions.data",
            Column::MessageBody => b"case_messages.body",
            Column::NoteBody => b"case_notes.body",
            Column::OutboxRecipient => b"outbox.recipient",
            Column::OutboxSubject => b"outbox.subject",
            Column::OutboxBodyText => b"outbox.body_text",
            Column::OutboxBodyHtml => b"outbox.body_html",
            Column::OutboxLastError => b"outbox.last_error",
            Column::EventDetail => b"case_events.detail",
        }
    }
}

/// Why a stored value did not open.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// Sealed with a key that is not in the ring.
    #[error("sealed with unknown key {0:?}")]
    UnknownKey(String),
    /// Not a well-formed sealed value, or altered.
    #[error("sealed value damaged or moved from another column")]
    Damaged,
}

/// The ring of data keys: the current one seals, all of them open.
pub struct DataKeys {
    current: String,
    ciphers: HashMap<String, XChaCha20Poly1305>,
}

impl std::fmt::Debug for DataKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "DataKeys(current {:?}, {} in all)",
            self.current,
            self.ciphers.len()
        )
    }
}

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    rand::rngs::OsRng
        .try_fill_bytes(&mut bytes)
        .expect("the operating system's random generator works");
    bytes
}

impl DataKeys {
    /// Reads a ring from `id:base64key` entries, the first one current.
    pub fn parse(entries: &str) -> anyhow::Result<DataKeys> {
        let mut current = None;
        let mut ciphers = HashMap::new();
        for entry in entries
            .split([',', '\n'])
            .map(str::trim)
            .filter(|e| !e.is_empty())
        {
            let (id, key) = entry
                .split_once(':')
                .ok_or_else(|| anyhow::anyhow!("a data key reads id:base64key"))?;
            let id = id.trim();
            if id.is_empty()
                || !id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                anyhow::bail!("data key id {id:?}: letters, digits, - and _ only");
            }
            let key = BASE64
                .decode(key.trim())
                .map_err(|e| anyhow::anyhow!("data key {id}: not base64: {e}"))?;
            let cipher = XChaCha20Poly1305::new_from_slice(&key)
                .map_err(|_| anyhow::anyhow!("data key {id}: must be 32 bytes"))?;
            current.get_or_insert_with(|| id.to_string());
            ciphers.insert(id.to_string(), cipher);
        }
        let current = current.ok_or_else(|| anyhow::anyhow!("no data key given"))?;
        Ok(DataKeys { current, ciphers })
    }

    /// The ring from a key file; the file is created with one new random
    /// key (readable by its owner only) when it does not exist.
    pub fn from_file(path: &Path, create: bool) -> anyhow::Result<DataKeys> {
        if !path.exists() && create {
            let line = format!("{}\n", DataKeys::new_entry());
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            write_private(path, &line)?;
            tracing::warn!(
                file = %path.display(),
                "created a data key file: keep it safe and out of database backups; without it the stored reports cannot be read"
            );
        }
        let text = std::fs::read_to_string(path).map_err(|e| {
            anyhow::anyhow!("cannot read the data key file {}: {e}", path.display())
        })?;
        DataKeys::parse(&text)
    }

    /// A new random key as an `id:base64key` entry, its id made of the
    /// day and random digits (`k20260131-9f3a`), to put first in the ring.
    pub fn new_entry() -> String {
        let [a, b] = random_bytes::<2>();
        let id = format!("k{}-{a:02x}{b:02x}", chrono::Utc::now().format("%Y%m%d"));
        format!("{id}:{}", BASE64.encode(random_bytes::<32>()))
    }

    /// The prefix of the values the current key seals: what a rotation
    /// leaves alone.
    pub fn current_prefix(&self) -> String {
        format!("{PREFIX}{}:", self.current)
    }

    /// A ring of one new random key (tests, benchmarks).
    pub fn random() -> DataKeys {
        let line = format!("test:{}", BASE64.encode(random_bytes::<32>()));
        DataKeys::parse(&line).expect("a fresh key parses")
    }

    /// The id of the key that seals.
    pub fn current_id(&self) -> &str {
        &self.current
    }

    /// Seals `plain` for `column` with the current key.
    pub fn seal(&self, column: Column, plain: &str) -> String {
        let cipher = &self.ciphers[&self.current];
        let nonce = random_bytes::<NONCE_LEN>();
        let payload = Payload {
            msg: plain.as_bytes(),
            aad: column.label(),
        };
        let sealed = cipher
            .encrypt(XNonce::from_slice(&nonce), payload)
            .expect("XChaCha20-Poly1305 seals any length the portal stores");
        let mut bytes = nonce.to_vec();
        bytes.extend_from_slice(&sealed);
        format!("{PREFIX}{}:{}", self.current, BASE64.encode(bytes))
    }

    /// Opens a stored value of `column`; a value that was never sealed is
    /// returned as it is.
    pub fn open(&self, column: Column, stored: &str) -> Result<String, OpenError> {
        let Some(rest) = stored.strip_prefix(PREFIX) else {
            return Ok(stored.to_string());
        };
        let (id, body) = rest.split_once(':').ok_or(OpenError::Damaged)?;
        let cipher = self
            .ciphers
            .get(id)
            .ok_or_else(|| OpenError::UnknownKey(id.to_string()))?;
        let bytes = BASE64.decode(body).map_err(|_| OpenError::Damaged)?;
        if bytes.len() < NONCE_LEN {
            return Err(OpenError::Damaged);
        }
        let (nonce, sealed) = bytes.split_at(NONCE_LEN);
        let payload = Payload {
            msg: sealed,
            aad: column.label(),
        };
        let plain = cipher
            .decrypt(XNonce::from_slice(nonce), payload)
            .map_err(|_| OpenError::Damaged)?;
        String::from_utf8(plain).map_err(|_| OpenError::Damaged)
    }

    /// Whether `stored` is sealed with a key other than the current one
    /// (or not sealed at all): what a key rotation re-seals.
    pub fn needs_resealing(&self, stored: &str) -> bool {
        match stored.strip_prefix(PREFIX).and_then(|r| r.split_once(':')) {
            Some((id, _)) => id != self.current,
            None => true,
        }
    }
}

#[cfg(unix)]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(text.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_value_opens_and_shows_nothing_of_the_text() {
        let keys = DataKeys::random();
        let sealed = keys.seal(Column::MessageBody, "canary-7f3a words");
        assert!(sealed.starts_with("enc:v1:test:"));
        assert!(!sealed.contains("canary"));
        assert_eq!(
            keys.open(Column::MessageBody, &sealed).unwrap(),
            "canary-7f3a words"
        );
        assert_ne!(
            sealed,
            keys.seal(Column::MessageBody, "canary-7f3a words"),
            "fresh nonce"
        );
    }

    #[test]
    fn a_value_moved_to_another_column_or_altered_does_not_open() {
        let keys = DataKeys::random();
        let sealed = keys.seal(Column::MessageBody, "text");
        assert!(keys.open(Column::NoteBody, &sealed).is_err());
        let mut altered = sealed.clone();
        altered.pop();
        altered.push(if sealed.ends_with('A') { 'B' } else { 'A' });
        assert!(keys.open(Column::MessageBody, &altered).is_err());
    }

    #[test]
    fn old_keys_still_open_and_plain_values_pass_through() {
        let old = DataKeys::parse(&format!("old:{}", BASE64.encode([7u8; 32]))).unwrap();
        let sealed = old.seal(Column::DraftData, "{\"a\":1}");
        let ring = DataKeys::parse(&format!(
            "new:{},old:{}",
            BASE64.encode([9u8; 32]),
            BASE64.encode([7u8; 32])
        ))
        .unwrap();
        assert_eq!(ring.current_id(), "new");
        assert_eq!(ring.open(Column::DraftData, &sealed).unwrap(), "{\"a\":1}");
        assert!(ring.needs_resealing(&sealed));
        assert!(!ring.needs_resealing(&ring.seal(Column::DraftData, "x")));
        assert_eq!(ring.open(Column::DraftData, "{}").unwrap(), "{}");
        let unknown = DataKeys::random().seal(Column::DraftData, "x");
        assert!(matches!(
            ring.open(Column::DraftData, &unknown),
            Err(OpenError::UnknownKey(_))
        ));
    }

    #[test]
    fn a_new_entry_is_a_ring_of_its_own_and_every_column_is_named() {
        let entry = DataKeys::new_entry();
        let ring = DataKeys::parse(&entry).unwrap();
        assert!(entry.starts_with(&format!("{}:", ring.current_id())));
        assert!(ring
            .seal(Column::OutboxRecipient, "a@example.fr")
            .starts_with(&ring.current_prefix()));
        assert_ne!(entry, DataKeys::new_entry());
        for column in Column::ALL {
            let (table, name) = column.name();
            assert!(!table.is_empty() && !name.is_empty(), "{column:?}");
        }
    }

    #[test]
    fn malformed_rings_are_refused() {
        for bad in [
            "",
            "nokey",
            "a:not-base64!",
            "a:AAAA",
            "b@d:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        ] {
            assert!(DataKeys::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_missing_key_file_is_created_private_and_reused() {
        let dir = std::env::temp_dir().join(format!("portal-keys-{:x}", rand::random::<u64>()));
        let path = dir.join("data-keys");
        let first = DataKeys::from_file(&path, true).unwrap();
        let sealed = first.seal(Column::NoteBody, "kept");
        let again = DataKeys::from_file(&path, true).unwrap();
        assert_eq!(again.open(Column::NoteBody, &sealed).unwrap(), "kept");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(DataKeys::from_file(&dir.join("absent"), false).is_err());
        let _ = std::fs::remove_dir_all(dir);
    }
}
