//! Reading a posted form body: every form of the portal goes through
//! [`parse`], which refuses (400) a body that is not a UTF-8 form instead
//! of letting the form parser replace invalid bytes silently: what a
//! visitor typed arrives as typed or is refused.

use serde::de::DeserializeOwned;

use super::AppError;

/// Parses a posted form body into `T`: 400 when a name or value does not
/// decode to UTF-8, or when the fields do not fit `T`.
pub fn parse<T: DeserializeOwned>(body: &[u8]) -> Result<T, AppError> {
    if !is_utf8_form(body) {
        return Err(AppError::BadRequest);
    }
    serde_html_form::from_bytes(body).map_err(|_| AppError::BadRequest)
}

/// Whether every name and value of a form body decodes to UTF-8.
fn is_utf8_form(body: &[u8]) -> bool {
    body.split(|b| *b == b'&').all(|pair| {
        let plus_as_space: Vec<u8> = pair
            .iter()
            .map(|b| if *b == b'+' { b' ' } else { *b })
            .collect();
        percent_encoding::percent_decode(&plus_as_space)
            .decode_utf8()
            .is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Default)]
    #[serde(default)]
    struct Reply {
        reply: String,
    }

    #[test]
    fn forms_with_invalid_utf8_are_detected() {
        assert!(is_utf8_form(b"name=Zo%C3%A9&x=a+b"));
        assert!(is_utf8_form(b"code=abcd+efgh&csrf=1"));
        assert!(is_utf8_form(b""));
        assert!(!is_utf8_form(b"name=Zo%C3"));
        assert!(!is_utf8_form(&[b'r', b'=', 0xff]));
        assert!(!is_utf8_form(b"%FF=name"));
    }

    #[test]
    fn a_form_arrives_as_typed_or_is_refused() {
        let reply: Reply = parse(b"reply=Zo%C3%A9+et+moi").unwrap();
        assert_eq!(reply.reply, "Zoé et moi");
        assert!(matches!(
            parse::<Reply>(b"reply=Zo\xe9"),
            Err(AppError::BadRequest)
        ));
    }
}
