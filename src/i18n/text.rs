//! The texts of the lazy areas: declared in Rust with named languages, grouped by area
//! (`i18n/<area>.rs`), compiled into the code of the pages that show them.
//!
//! wasm-split places a text's words in the chunk of the area whose code uses them, so they are
//! not part of the first load. Measured 2026-12-06: no lazy text is in the main module, and
//! fetching them instead as one JSON file per area and language cost the first load 1.9 KB
//! brotli (the loader) for 0.6–4.9 KB less per area; not kept (`docs/size.md`).
//!
//! Adding a text: a row in the `texts!` table of its page in its area's file; a text needed
//! before any area has loaded (an error or a toast of the storefront) goes in `storefront.rs`.

use expocx_contract::Lang;

/// A text of a lazy area in the three languages. Made only by `texts!`, which names each
/// language, so two languages cannot be swapped by position.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Text {
    words: [&'static str; 3],
}

impl Text {
    #[doc(hidden)]
    pub const fn named(zh_hans: &'static str, zh_hant: &'static str, en: &'static str) -> Text {
        Text {
            words: [zh_hans, zh_hant, en],
        }
    }

    /// The words in `lang`.
    pub fn words(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::ZhHans => self.words[0],
            Lang::ZhHant => self.words[1],
            Lang::En => self.words[2],
        }
    }
}

/// Declares an area's texts: one `mod` per page or component, each a table of keys with their
/// words in the three languages, named. A missing or misspelt language does not compile.
///
/// ```ignore
/// texts! {
///     mod coupons {
///         TITLE { zh_hans: "我的优惠券", zh_hant: "我的優惠券", en: "My coupons" }
///     }
/// }
/// ```
macro_rules! texts {
    ($(
        $(#[$mod_meta:meta])*
        mod $table:ident {
            $($(#[$meta:meta])* $key:ident { zh_hans: $hans:literal, zh_hant: $hant:literal, en: $en:literal $(,)? })*
        }
    )*) => {
        $(
            $(#[$mod_meta])*
            pub mod $table {
                $(
                    $(#[$meta])*
                    pub const $key: $crate::i18n::Text = $crate::i18n::Text::named($hans, $hant, $en);
                )*

                /// Every text of the table with its key (the tests walk them).
                #[cfg(test)]
                pub const __ALL: &[(&str, $crate::i18n::Text)] = &[$((stringify!($key), $key)),*];
            }
        )*

        /// Every table of the file with its name (the tests walk them).
        #[cfg(test)]
        pub const TABLES: &[(&str, &[(&str, $crate::i18n::Text)])] = &[$((stringify!($table), $table::__ALL)),*];
    };
}
pub(crate) use texts;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::product_config;
    use crate::i18n::{auth, checkout, common, member, portal, privacy, service, team};
    use crate::i18n::{
        campaign_page, campaigns, customers, leads, quote_common, quote_desk, quotes,
    };

    const LANGS: [Lang; 3] = [Lang::ZhHans, Lang::ZhHant, Lang::En];

    fn placeholders(s: &str) -> Vec<&str> {
        let mut v: Vec<&str> = s
            .split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(n, _)| n))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn every_text_of_every_area_is_there_in_every_language() {
        let files = [
            ("common", common::TABLES),
            ("checkout", checkout::TABLES),
            ("member", member::TABLES),
            ("service", service::TABLES),
            ("auth", auth::TABLES),
            ("privacy", privacy::TABLES),
            ("portal", portal::TABLES),
            ("team", team::TABLES),
            ("product_config", product_config::TABLES),
            ("quote_common", quote_common::TABLES),
            ("quotes", quotes::TABLES),
            ("quote_desk", quote_desk::TABLES),
            ("leads", leads::TABLES),
            ("customers", customers::TABLES),
            ("campaigns", campaigns::TABLES),
            ("campaign_page", campaign_page::TABLES),
        ];
        let mut count = 0;
        for (file, tables) in files {
            for (table, texts) in tables {
                for (key, text) in *texts {
                    count += 1;
                    let en = text.words(Lang::En);
                    for lang in LANGS {
                        let words = text.words(lang);
                        let at = format!("{file}::{table}::{key} in {lang:?}");
                        assert!(!words.trim().is_empty(), "{at} is empty");
                        assert_eq!(placeholders(words), placeholders(en), "{at}: placeholders");
                        // A Chinese text left in English is a bug a visitor would notice.
                        let latin = words.chars().filter(|c| c.is_ascii_alphabetic()).count();
                        if lang != Lang::En && words == en && latin > 3 {
                            panic!("{at} is not translated: {words}");
                        }
                    }
                }
            }
        }
        assert!(count > 400, "only {count} texts found");
    }
}
