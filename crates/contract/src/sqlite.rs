//! Wire values as SQLite values, for the backend only (`sqlite` feature; rusqlite never reaches
//! the WebAssembly). Stored as chrono stores the values they wrap, so rows written before these
//! types existed read back unchanged.

use rusqlite::types::{FromSql, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use crate::{Day, EventName, Timestamp};

macro_rules! column {
    ($wire:ident, $inner:ty) => {
        impl FromSql for $wire {
            fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
                <$inner>::column_result(v).map($wire::from)
            }
        }

        impl ToSql for $wire {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                (**self).to_sql()
            }
        }
    };
}

column!(Timestamp, chrono::DateTime<chrono::Utc>);
column!(Day, chrono::NaiveDate);

impl ToSql for EventName {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

impl FromSql for EventName {
    fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
        v.as_str().map(EventName::from_name)
    }
}
