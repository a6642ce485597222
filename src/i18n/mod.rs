//! The three languages of the product: message tables checked complete at compile time,
//! the current language as a signal in context, and translations of API errors.

pub mod lazy;
/// After-sales statuses and reasons (member center and the exhibitor's desk; lazy areas only).
pub mod returns;
mod storefront;
pub mod text;
pub mod tickets;

// The lazy areas' texts, one file per area (`text.rs` says how they travel).
pub mod auth;
pub mod campaign_page;
pub mod campaigns;
pub mod checkout;
pub mod common;
pub mod customers;
pub mod leads;
pub mod member;
pub mod portal;
pub mod privacy;
pub mod product_config;
pub mod quote_common;
pub mod quote_desk;
pub mod quotes;
pub mod service;
pub mod team;

pub use storefront::Messages;
pub use text::Text;

use expocx_contract::{ErrorCode, FieldError, FieldErrorCode, Lang};
use leptos::prelude::*;

use crate::api::ApiError;

/// The message table of a language.
pub fn messages(lang: Lang) -> &'static Messages {
    match lang {
        Lang::ZhHans => &storefront::ZH_HANS,
        Lang::ZhHant => &storefront::ZH_HANT,
        Lang::En => &storefront::EN,
    }
}

/// Fills `{name}` placeholders. Unknown placeholders are left as they are.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Picks the language: the one the visitor chose before, else the first the browser
/// prefers that the product speaks, else the deployment's default, else Simplified Chinese.
pub fn detect(stored: Option<&str>, browser: &[String], default: Option<&str>) -> Lang {
    stored
        .and_then(Lang::from_tag)
        .or_else(|| browser.iter().find_map(|t| Lang::from_tag(t)))
        .or_else(|| default.and_then(Lang::from_tag))
        .unwrap_or(Lang::ZhHans)
}

/// The current language, shared through context.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
}

impl I18n {
    /// The message table of the current language (tracked).
    pub fn t(&self) -> &'static Messages {
        messages(self.lang.get())
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A text of the interface that follows the current language: `{tr(|m| m.nav_home)}`.
/// Every call shares one closure type, so the hundreds of texts cost the bundle one copy of the
/// rendering code instead of one per text (a `move || i18n.t().x` closure each would).
pub fn tr(key: fn(&Messages) -> &'static str) -> impl IntoView + Clone + Sync + 'static {
    let i18n = use_i18n();
    move || key(i18n.t())
}

/// The words of a lazy area's text in `lang`.
pub fn pick(t: &Text, lang: Lang) -> &'static str {
    t.words(lang)
}

/// `tr` for a lazy area's own text.
pub fn tr3(t: &'static Text) -> impl IntoView + Clone + Sync + 'static {
    let i18n = use_i18n();
    move || pick(t, i18n.lang.get())
}

/// `tr_attr` for a lazy area's own text.
pub fn tr3_attr(t: &'static Text) -> Signal<&'static str> {
    let i18n = use_i18n();
    Signal::derive(move || pick(t, i18n.lang.get()))
}

/// The same for attribute values (`aria-label`, `placeholder`): a signal of one type.
pub fn tr_attr(key: fn(&Messages) -> &'static str) -> Signal<&'static str> {
    let i18n = use_i18n();
    Signal::derive(move || key(i18n.t()))
}

/// The message a visitor sees for a failed request.
pub fn error_message(err: &ApiError, m: &Messages) -> String {
    match err {
        ApiError::Network => m.err_network.into(),
        ApiError::Timeout => m.err_timeout.into(),
        ApiError::Aborted => m.err_network.into(),
        ApiError::Decode(_) => m.err_unexpected.into(),
        ApiError::Problem { status, problem } => match problem.as_ref().map(|p| p.code) {
            Some(ErrorCode::Unauthorized) => m.err_unauthorized.into(),
            Some(ErrorCode::Forbidden) => m.err_forbidden.into(),
            Some(ErrorCode::NotFound) => m.err_not_found.into(),
            Some(ErrorCode::ValidationFailed) | Some(ErrorCode::MalformedRequest) => {
                m.err_validation.into()
            }
            Some(ErrorCode::RateLimited) => match problem.as_ref().and_then(|p| p.retry_after) {
                Some(secs) => fill(m.err_rate_limited_wait, &[("n", &secs.to_string())]),
                None => m.err_rate_limited.into(),
            },
            Some(ErrorCode::PreconditionFailed) => m.err_conflict.into(),
            Some(ErrorCode::IdempotencyConflict) => m.err_conflict.into(),
            Some(ErrorCode::ConsentRequired) => m.err_consent_required.into(),
            Some(ErrorCode::PolicyOutdated) => m.err_policy_outdated.into(),
            _ if *status == 404 => m.err_not_found.into(),
            _ if *status >= 500 => m.err_server.into(),
            _ => m.err_unexpected.into(),
        },
    }
}

/// The message next to a form field that failed validation.
pub fn field_message(err: &FieldError, m: &Messages) -> String {
    let limit = err.limit.map(|l| l.to_string()).unwrap_or_default();
    match err.code {
        FieldErrorCode::Required => m.field_required.into(),
        FieldErrorCode::InvalidEmail => m.field_invalid_email.into(),
        FieldErrorCode::TooShort => fill(m.field_too_short, &[("n", &limit)]),
        FieldErrorCode::TooLong => fill(m.field_too_long, &[("n", &limit)]),
        FieldErrorCode::Duplicate => m.field_duplicate.into(),
        FieldErrorCode::OutOfRange | FieldErrorCode::InvalidValue | FieldErrorCode::Unknown => {
            m.field_invalid.into()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expocx_contract::Problem;

    #[test]
    fn stored_choice_beats_browser_which_beats_default() {
        let browser = vec!["fr-FR".to_string(), "zh-TW".to_string()];
        assert_eq!(detect(Some("en"), &browser, Some("zh-Hans")), Lang::En);
        assert_eq!(detect(None, &browser, Some("en")), Lang::ZhHant);
        assert_eq!(detect(None, &["fr".into()], Some("en")), Lang::En);
        assert_eq!(detect(Some("garbage"), &[], None), Lang::ZhHans);
    }

    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        let all: Vec<_> = Lang::ALL.iter().map(|l| messages(*l).entries()).collect();
        for i in 0..all[0].len() {
            let (key, en) = all[2][i];
            let placeholders = |s: &str| {
                let mut v: Vec<String> = s
                    .split('{')
                    .skip(1)
                    .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string()))
                    .collect();
                v.sort();
                v
            };
            for table in &all {
                let (k, text) = table[i];
                assert_eq!(k, key);
                assert!(!text.trim().is_empty(), "{key} is empty");
                assert_eq!(
                    placeholders(text),
                    placeholders(en),
                    "{key} placeholders differ"
                );
            }
        }
    }

    #[test]
    fn the_static_consent_sheet_says_what_the_app_says() {
        // index.html shows a first visit's privacy choice before the app has loaded; the app's
        // sheet replaces it, so the words must be the same (and the same size on screen).
        let page = include_str!("../../index.html");
        for lang in [Lang::ZhHans, Lang::ZhHant, Lang::En] {
            let m = messages(lang);
            let intro = format!("{} {}", m.consent_intro, m.consent_learn_more);
            let row = format!(
                "[\"{}\", \"{}\", \"{}\"]",
                lang.tag(),
                m.consent_title,
                intro
            );
            assert!(page.contains(&row), "index.html lacks {row}");
        }
    }

    #[test]
    fn chinese_tables_are_really_translated() {
        // A message left in English in a Chinese table is a bug a visitor would notice.
        let en = messages(Lang::En).entries();
        for lang in [Lang::ZhHans, Lang::ZhHant] {
            let same: Vec<_> = messages(lang)
                .entries()
                .iter()
                .zip(&en)
                .filter(|((_, a), (_, b))| a == b && a.chars().any(|c| c.is_ascii_alphabetic()))
                .map(|((k, _), _)| *k)
                .filter(|k| !["brand", "lang_en"].contains(k))
                .collect();
            assert!(same.is_empty(), "{lang:?} untranslated: {same:?}");
        }
    }

    #[test]
    fn errors_translate_by_code_not_by_title() {
        let m = messages(Lang::ZhHans);
        let p = Problem::new(
            401,
            ErrorCode::InvalidCredentials,
            "Email or password is wrong",
        );
        let e = ApiError::Problem {
            status: 401,
            problem: Some(p),
        };
        assert_eq!(
            lazy::error_message(&e, m),
            pick(&lazy::ERR_INVALID_CREDENTIALS, Lang::ZhHans)
        );
        let bare_500 = ApiError::Problem {
            status: 502,
            problem: None,
        };
        assert_eq!(error_message(&bare_500, m), m.err_server);
        assert_eq!(error_message(&ApiError::Timeout, m), m.err_timeout);
    }

    #[test]
    fn too_many_attempts_say_how_long_to_wait_in_each_language() {
        let mut p = Problem::new(429, ErrorCode::RateLimited, "Too many");
        p.retry_after = Some(30);
        let err = ApiError::Problem {
            status: 429,
            problem: Some(p),
        };
        for (lang, want) in [
            (Lang::En, "Too many attempts. Try again in 30 seconds."),
            (Lang::ZhHans, "尝试次数过多，请 30 秒后再试。"),
            (Lang::ZhHant, "嘗試次數過多，請 30 秒後再試。"),
        ] {
            assert_eq!(error_message(&err, messages(lang)), want);
        }
        let unpaid = ApiError::Problem {
            status: 409,
            problem: Some(Problem::new(409, ErrorCode::TooManyUnpaidOrders, "x")),
        };
        assert!(lazy::error_message(&unpaid, messages(Lang::En)).contains("waiting for payment"));
        assert!(lazy::error_message(&unpaid, messages(Lang::ZhHant)).contains("等待付款"));
    }

    #[test]
    fn field_errors_show_their_bounds() {
        let m = messages(Lang::En);
        let e = FieldError::new("password", FieldErrorCode::TooShort).with_limit(8);
        assert_eq!(field_message(&e, m), "Use at least 8 characters.");
    }
}
