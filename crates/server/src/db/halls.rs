//! Hall floor plans with their booths.

use expocx_contract::{Booth, HallMap};
use rusqlite::{Connection, OptionalExtension};

use super::{loc, Result};

pub fn hall_map(conn: &Connection, hall_id: i64) -> Result<Option<HallMap>> {
    let hall = conn
        .query_row(
            "SELECT code, name_json, map_width, map_height FROM halls WHERE id = ?",
            [hall_id],
            |r| {
                Ok(HallMap {
                    hall_id,
                    code: r.get(0)?,
                    name: loc(&r.get::<_, String>(1)?),
                    width: r.get(2)?,
                    height: r.get(3)?,
                    booths: Vec::new(),
                })
            },
        )
        .optional()?;
    let Some(mut hall) = hall else {
        return Ok(None);
    };
    let mut stmt = conn.prepare(
        "SELECT booth, id, name_json, booth_x, booth_y, booth_w, booth_h FROM exhibitors
         WHERE hall_id = ? AND booth_w > 0 ORDER BY booth",
    )?;
    hall.booths = stmt
        .query_map([hall_id], |r| {
            Ok(Booth {
                booth: r.get(0)?,
                exhibitor_id: r.get(1)?,
                exhibitor_name: loc(&r.get::<_, String>(2)?),
                x: r.get(3)?,
                y: r.get(4)?,
                w: r.get(5)?,
                h: r.get(6)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(Some(hall))
}
