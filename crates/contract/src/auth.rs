//! Accounts, sessions and roles.

use serde::{Deserialize, Serialize};

use crate::Timestamp;
use crate::{FieldError, FieldErrorCode, Lang};

pub const PASSWORD_MIN_LEN: usize = 8;
pub const PASSWORD_MAX_LEN: usize = 128;
pub const DISPLAY_NAME_MAX_LEN: usize = 60;
pub const EMAIL_MAX_LEN: usize = 254;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Visitor,
    Exhibitor,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Visitor => "visitor",
            Role::Exhibitor => "exhibitor",
        }
    }
}

/// The signed-in account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct User {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// Set for exhibitor accounts: the exhibitor the account belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exhibitor_id: Option<i64>,
    /// For exhibitor accounts: their role in the exhibitor's team. The SPA reads it as its
    /// name (`StaffRole::parse`, in the portal's chunk): decoding the enums here would put
    /// their code in every visitor's first load.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg(not(target_arch = "wasm32"))]
    pub staff_role: Option<crate::StaffRole>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg(target_arch = "wasm32")]
    pub staff_role: Option<String>,
    /// For exhibitor accounts: what their role may do (the portal shows only these). The SPA
    /// derives them from the role (`StaffRole::capabilities`) and does not read them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", serde(skip))]
    pub capabilities: Vec<crate::Capability>,
    /// The language the account prefers, if it chose one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<Lang>,
    pub created_at: Timestamp,
}

impl User {
    /// The account's role in its exhibitor's team: `None` for a visitor, `Some(None)` for a
    /// role this build does not know.
    pub fn team_role(&self) -> Option<Option<crate::StaffRole>> {
        #[cfg(target_arch = "wasm32")]
        {
            self.staff_role.as_deref().map(crate::StaffRole::parse)
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            self.staff_role.map(Some)
        }
    }
}

/// Body of `POST /api/v1/auth/register`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegisterRequest {
    pub email: String,
    pub password: String,
    pub display_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<Lang>,
}

/// Body of `POST /api/v1/auth/login`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoginRequest {
    pub email: String,
    pub password: String,
}

/// Answer of register and login: an opaque bearer token and the account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Session {
    pub token: String,
    pub expires_at: Timestamp,
    pub user: User,
}

/// A plausible email address: one `@`, something before it, a dotted domain after it.
/// The server sends a confirmation later; this only catches typing mistakes.
pub fn is_plausible_email(email: &str) -> bool {
    let email = email.trim();
    if email.len() > EMAIL_MAX_LEN || email.chars().any(char::is_whitespace) {
        return false;
    }
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

impl RegisterRequest {
    /// The same rules the server enforces, so the form can say so before sending.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.email.trim().is_empty() {
            errors.push(FieldError::new("email", FieldErrorCode::Required));
        } else if !is_plausible_email(&self.email) {
            errors.push(FieldError::new("email", FieldErrorCode::InvalidEmail));
        }
        let pw = self.password.chars().count();
        if pw == 0 {
            errors.push(FieldError::new("password", FieldErrorCode::Required));
        } else if pw < PASSWORD_MIN_LEN {
            errors.push(
                FieldError::new("password", FieldErrorCode::TooShort)
                    .with_limit(PASSWORD_MIN_LEN as i64),
            );
        } else if pw > PASSWORD_MAX_LEN {
            errors.push(
                FieldError::new("password", FieldErrorCode::TooLong)
                    .with_limit(PASSWORD_MAX_LEN as i64),
            );
        }
        let name = self.display_name.trim().chars().count();
        if name == 0 {
            errors.push(FieldError::new("display_name", FieldErrorCode::Required));
        } else if name > DISPLAY_NAME_MAX_LEN {
            errors.push(
                FieldError::new("display_name", FieldErrorCode::TooLong)
                    .with_limit(DISPLAY_NAME_MAX_LEN as i64),
            );
        }
        errors
    }
}

impl LoginRequest {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.email.trim().is_empty() {
            errors.push(FieldError::new("email", FieldErrorCode::Required));
        }
        if self.password.is_empty() {
            errors.push(FieldError::new("password", FieldErrorCode::Required));
        }
        errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plausible_emails_pass_and_typos_do_not() {
        assert!(is_plausible_email("mei@example.cn"));
        assert!(is_plausible_email(" li.na+expo@mail.example.com "));
        for bad in [
            "",
            "mei",
            "mei@",
            "@x.cn",
            "mei@localhost",
            "a@b@c.cn",
            "m ei@x.cn",
            "a@.cn",
            "a@x..cn",
        ] {
            assert!(!is_plausible_email(bad), "{bad} should be rejected");
        }
    }

    #[test]
    fn registration_reports_every_bad_field_at_once() {
        let r = RegisterRequest {
            email: "nope".into(),
            password: "short".into(),
            display_name: "  ".into(),
            locale: None,
        };
        let fields: Vec<_> = r
            .validate()
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect();
        assert_eq!(
            fields,
            vec![
                ("email".into(), FieldErrorCode::InvalidEmail),
                ("password".into(), FieldErrorCode::TooShort),
                ("display_name".into(), FieldErrorCode::Required),
            ]
        );
    }

    #[test]
    fn password_length_counts_characters_not_bytes() {
        let r = RegisterRequest {
            email: "a@b.cn".into(),
            password: "密码密码密码密码".into(), // 8 characters, 24 bytes
            display_name: "梅".into(),
            locale: None,
        };
        assert!(r.validate().is_empty());
    }
}

/// How much a WeChat sign-in asks of WeChat: `base` signs in silently (the WeChat account's
/// identity only), `userinfo` also brings the WeChat nickname (WeChat asks the visitor first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum WechatScope {
    Base,
    Userinfo,
}

/// Query of `GET /api/v1/auth/wechat`: where to come back to after signing in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct WechatStartQuery {
    pub scope: WechatScope,
    /// A path of this app (`/me`); anything else comes back to `/`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

/// Answer of `GET /api/v1/auth/wechat`: send the browser there (WeChat's authorization page);
/// WeChat sends it back to `/auth/wechat?code=…&state=…`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WechatStart {
    pub authorize_url: String,
}

/// Query of `GET /api/v1/wechat/js-config`: the page to configure WeChat's JS-SDK for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct WechatJsConfigQuery {
    /// The page's full URL (its `#` part is ignored): on iOS the first URL of the visit, on
    /// Android the current one. Only pages of this site are signed.
    pub url: String,
}

/// Answer of `GET /api/v1/wechat/js-config`: what `wx.config` takes (with the page's
/// `jsApiList`). The signature covers the URL it was asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WechatJsConfig {
    pub app_id: String,
    /// Seconds since 1970.
    pub timestamp: i64,
    pub nonce_str: String,
    /// SHA-1 (hex) of `jsapi_ticket=…&noncestr=…&timestamp=…&url=…`.
    pub signature: String,
}

/// Body of `POST /api/v1/auth/wechat`: what WeChat sent back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WechatExchange {
    pub code: String,
    pub state: String,
}

/// Answer of `POST /api/v1/auth/wechat`: signed in, and where the visitor was going.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WechatSignedIn {
    pub session: Session,
    pub next: String,
}

/// Body of `POST /api/v1/auth/wechat/mini`: the code `wx.login` gave the host Mini Program.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WechatMiniCode {
    pub code: String,
}

/// Answer of `POST /api/v1/auth/wechat/mini`: a one-use ticket the host puts in the web-view's
/// URL (`/auth/mini?ticket=…`); the page exchanges it for a session within `expires_in` seconds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WechatMiniTicket {
    pub ticket: String,
    pub expires_in: u32,
}

/// Body of `POST /api/v1/auth/wechat/mini/session`: the ticket the host handed to the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WechatMiniExchange {
    pub ticket: String,
}
