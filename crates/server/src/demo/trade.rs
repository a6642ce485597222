//! The demo's configurable products for trade buyers (issue 24): the Ru ware teapot with glaze,
//! size and extras (crackle glaze cannot be fired large; engraving comes in the gift box), and
//! the first tea in bulk with its packaging, each with quantity price breaks. Both are made in
//! batches for trade buyers: 2,000 in stock.

use expocx_contract::configure::{
    Choice, ConfigModel, ConfigOption, ConfigRule, OptionGroup, PriceBreak, PriceDelta,
};
use rusqlite::{params, Connection};

use super::seeds::{l, T3};
use crate::db::Result;

fn opt(id: &str, label: T3, delta: PriceDelta, lead_days: u32) -> ConfigOption {
    ConfigOption {
        id: id.into(),
        label: l(label),
        delta,
        lead_days,
    }
}

fn group(
    id: &str,
    name: T3,
    choice: Choice,
    required: bool,
    options: Vec<ConfigOption>,
) -> OptionGroup {
    OptionGroup {
        id: id.into(),
        name: l(name),
        choice,
        required,
        options,
    }
}

const NONE: PriceDelta = PriceDelta::Amount { minor: 0 };

fn teapot(list: i64) -> ConfigModel {
    ConfigModel {
        groups: vec![
            group(
                "glaze",
                ("釉色", "釉色", "Glaze"),
                Choice::One,
                true,
                vec![
                    opt("celadon", ("天青", "天青", "Sky celadon"), NONE, 0),
                    opt(
                        "crackle",
                        ("开片", "開片", "Crackle"),
                        PriceDelta::Percent {
                            basis_points: 1_500,
                        },
                        10,
                    ),
                ],
            ),
            group(
                "size",
                ("容量", "容量", "Size"),
                Choice::One,
                true,
                vec![
                    opt("small", ("150 毫升", "150 毫升", "150 ml"), NONE, 0),
                    opt(
                        "large",
                        ("300 毫升", "300 毫升", "300 ml"),
                        PriceDelta::Amount { minor: 8_000 },
                        5,
                    ),
                ],
            ),
            group(
                "extras",
                ("附加", "附加", "Extras"),
                Choice::Many,
                false,
                vec![
                    opt(
                        "box",
                        ("礼盒", "禮盒", "Gift box"),
                        PriceDelta::Amount { minor: 2_500 },
                        0,
                    ),
                    opt(
                        "engrave",
                        ("刻字", "刻字", "Engraving"),
                        PriceDelta::Amount { minor: 3_000 },
                        7,
                    ),
                ],
            ),
        ],
        rules: vec![
            ConfigRule::excludes("crackle", "large"),
            ConfigRule::requires("engrave", "box"),
        ],
        breaks: vec![
            PriceBreak {
                min_quantity: 50,
                unit_minor: list * 90 / 100,
            },
            PriceBreak {
                min_quantity: 200,
                unit_minor: list * 80 / 100,
            },
        ],
        min_quantity: 10,
    }
}

fn bulk_tea(list: i64) -> ConfigModel {
    ConfigModel {
        groups: vec![group(
            "pack",
            ("包装", "包裝", "Packaging"),
            Choice::One,
            true,
            vec![
                opt("bag", ("散装袋", "散裝袋", "Bulk bag"), NONE, 0),
                opt(
                    "tin",
                    ("铁罐", "鐵罐", "Tin"),
                    PriceDelta::Amount { minor: 800 },
                    3,
                ),
                opt(
                    "gift",
                    ("礼品罐", "禮品罐", "Gift tin"),
                    PriceDelta::Amount { minor: 2_500 },
                    5,
                ),
            ],
        )],
        rules: Vec::new(),
        breaks: vec![
            PriceBreak {
                min_quantity: 20,
                unit_minor: list * 92 / 100,
            },
            PriceBreak {
                min_quantity: 100,
                unit_minor: list * 85 / 100,
            },
        ],
        min_quantity: 5,
    }
}

/// A demo model for a product listed at the given price.
type Model = fn(i64) -> ConfigModel;

/// Makes the teapot and the first tea configurable.
pub fn load(tx: &Connection) -> Result<()> {
    let products: [(&str, Model); 2] = [
        (
            "SELECT id, price_minor FROM products WHERE name_json LIKE '%Ru ware teapot%'",
            teapot,
        ),
        (
            "SELECT p.id, p.price_minor FROM products p JOIN categories c ON c.id = p.category_id
             WHERE c.slug = 'tea' ORDER BY p.id LIMIT 1",
            bulk_tea,
        ),
    ];
    for (find, model) in products {
        let (id, list): (i64, i64) = tx.query_row(find, [], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let m = model(list);
        debug_assert!(m.validate().is_empty(), "the demo's model is sound");
        let json =
            serde_json::to_string(&m).map_err(|e| crate::db::Error::Internal(e.to_string()))?;
        tx.execute(
            "UPDATE products SET config_json = ?, stock = MAX(stock, 2000) WHERE id = ?",
            params![json, id],
        )?;
    }
    Ok(())
}
