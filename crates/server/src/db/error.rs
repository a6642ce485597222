//! What the data layer can answer besides a value. It knows no HTTP: `api::error` maps each
//! case to a status and a problem+json body.

use expocx_contract::{ErrorCode, FieldError, FieldErrorCode};

#[derive(Debug)]
pub enum Error {
    /// No such row, or not one the caller may see (both look the same from outside).
    NotFound,
    /// The request is sound but the data's state refuses it (`cart_changed`, `slot_full`, …).
    Conflict(ErrorCode, &'static str),
    /// The row exists but belongs to someone else, and saying so is the useful answer (a
    /// pickup code of another exhibitor's booth).
    Forbidden(&'static str),
    /// A version check failed: someone else changed the row first.
    Stale,
    /// An idempotency key came back with a different request.
    KeyReused,
    /// The purpose this needs has no consent.
    ConsentRequired(&'static str),
    /// Field-level problems; nothing was stored.
    Invalid(Vec<FieldError>),
    /// A stored value that no codec knows (a newer writer, corruption) or a failed task.
    Internal(String),
    Sql(rusqlite::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn field(field: &str, code: FieldErrorCode) -> Self {
        Error::Invalid(vec![FieldError::new(field, code)])
    }

    /// `Ok` without field errors, else `Invalid` listing them all.
    pub fn check(errors: Vec<FieldError>) -> Result<()> {
        if errors.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid(errors))
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Sql(e)
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::NotFound => f.write_str("not found"),
            Error::Conflict(code, title) => write!(f, "{}: {title}", code.as_str()),
            Error::Forbidden(what) => write!(f, "forbidden: {what}"),
            Error::Stale => f.write_str("stale version"),
            Error::KeyReused => f.write_str("idempotency key reused"),
            Error::ConsentRequired(what) => write!(f, "consent required: {what}"),
            Error::Invalid(errors) => write!(f, "{} invalid fields", errors.len()),
            Error::Internal(what) => write!(f, "internal: {what}"),
            Error::Sql(e) => write!(f, "sql: {e}"),
        }
    }
}

impl std::error::Error for Error {}

/// A text column that maps to an enum: both directions, and unknown text is an error.
pub trait Codec: Sized + Copy + 'static {
    const ALL: &'static [Self];
    fn code(self) -> &'static str;

    fn parse(s: &str) -> Result<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|v| v.code() == s)
            .ok_or_else(|| Error::Internal(format!("{} {s:?}", std::any::type_name::<Self>())))
    }
}

/// Declares how an enum is stored: `codec!(Type { Type::A => "a", Type::B => "b" })` implements
/// [`Codec`] with every listed variant (and nothing else) parsable.
#[macro_export]
macro_rules! codec {
    ($t:ty { $($v:path => $c:literal),+ $(,)? }) => {
        impl $crate::db::Codec for $t {
            const ALL: &'static [Self] = &[$($v),+];
            fn code(self) -> &'static str {
                match self {
                    $($v => $c),+
                }
            }
        }
    };
}

/// Reads an enum column inside a row closure; unknown text fails the query.
pub fn col<T: Codec>(row: &rusqlite::Row, idx: &str) -> rusqlite::Result<T> {
    let s: String = row.get(idx)?;
    T::parse(&s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Colour {
        Red,
        Blue,
    }

    impl Codec for Colour {
        const ALL: &'static [Self] = &[Colour::Red, Colour::Blue];
        fn code(self) -> &'static str {
            match self {
                Colour::Red => "red",
                Colour::Blue => "blue",
            }
        }
    }

    #[test]
    fn codecs_round_trip_and_refuse_unknown_text() {
        for (text, want) in [
            ("red", Some(Colour::Red)),
            ("blue", Some(Colour::Blue)),
            ("Red", None),
            ("", None),
        ] {
            assert_eq!(Colour::parse(text).ok(), want, "{text:?}");
        }
        for c in Colour::ALL {
            assert_eq!(Colour::parse(c.code()).unwrap(), *c);
        }
    }
}
