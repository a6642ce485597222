//! The member center's account: profile, address book, password and sessions.

use serde::{Deserialize, Serialize};

use crate::{
    Address, FieldError, FieldErrorCode, DISPLAY_NAME_MAX_LEN, PASSWORD_MAX_LEN, PASSWORD_MIN_LEN,
};

/// Most saved addresses per account.
pub const MAX_ADDRESSES: usize = 20;

/// `GET`/`PUT /api/v1/me/profile`: what the member tells about themselves (trade visitors add
/// company and title). Empty optional fields are cleared.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Profile {
    pub display_name: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub company: String,
    #[serde(default)]
    pub job_title: String,
}

fn too_long(errors: &mut Vec<FieldError>, field: &str, value: &str, max: usize) {
    if value.trim().chars().count() > max {
        errors.push(FieldError::new(field, FieldErrorCode::TooLong).with_limit(max as i64));
    }
}

impl Profile {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.display_name.trim().is_empty() {
            errors.push(FieldError::new("display_name", FieldErrorCode::Required));
        }
        too_long(
            &mut errors,
            "display_name",
            &self.display_name,
            DISPLAY_NAME_MAX_LEN,
        );
        let phone = self.phone.trim();
        let phone_ok = phone.is_empty()
            || ((6..=20).contains(&phone.len())
                && phone
                    .chars()
                    .all(|c| c.is_ascii_digit() || " +-()".contains(c)));
        if !phone_ok {
            errors.push(FieldError::new("phone", FieldErrorCode::InvalidValue));
        }
        too_long(&mut errors, "company", &self.company, 100);
        too_long(&mut errors, "job_title", &self.job_title, 60);
        errors
    }
}

/// A saved address (`GET /api/v1/me/addresses`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SavedAddress {
    pub id: i64,
    pub address: Address,
    /// Checkout starts with this one.
    pub is_default: bool,
}

/// Body of `POST /api/v1/me/addresses` and `PUT /api/v1/me/addresses/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddressInput {
    pub address: Address,
    #[serde(default)]
    pub is_default: bool,
}

/// Body of `POST /api/v1/me/password`: every other session of the account ends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordChange {
    pub current_password: String,
    pub new_password: String,
}

impl PasswordChange {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.current_password.is_empty() {
            errors.push(FieldError::new(
                "current_password",
                FieldErrorCode::Required,
            ));
        }
        let n = self.new_password.chars().count();
        if n < PASSWORD_MIN_LEN {
            errors.push(
                FieldError::new("new_password", FieldErrorCode::TooShort)
                    .with_limit(PASSWORD_MIN_LEN as i64),
            );
        } else if n > PASSWORD_MAX_LEN {
            errors.push(
                FieldError::new("new_password", FieldErrorCode::TooLong)
                    .with_limit(PASSWORD_MAX_LEN as i64),
            );
        }
        errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_are_checked_field_by_field() {
        let ok = Profile {
            display_name: "Ada".into(),
            phone: "+86 138-0000-0000".into(),
            ..Default::default()
        };
        assert!(ok.validate().is_empty());
        let cases = [
            (
                Profile {
                    display_name: " ".into(),
                    ..ok.clone()
                },
                "display_name",
            ),
            (
                Profile {
                    phone: "call me".into(),
                    ..ok.clone()
                },
                "phone",
            ),
            (
                Profile {
                    phone: "12".into(),
                    ..ok.clone()
                },
                "phone",
            ),
            (
                Profile {
                    company: "c".repeat(101),
                    ..ok.clone()
                },
                "company",
            ),
            (
                Profile {
                    job_title: "t".repeat(61),
                    ..ok.clone()
                },
                "job_title",
            ),
        ];
        for (p, field) in cases {
            let errors = p.validate();
            assert_eq!(errors.len(), 1, "{field}: {errors:?}");
            assert_eq!(errors[0].field, field);
        }
        assert!(
            Profile {
                phone: String::new(),
                ..ok
            }
            .validate()
            .is_empty(),
            "phone is optional"
        );
    }

    #[test]
    fn a_new_password_has_the_sign_up_bounds() {
        let change = |new: &str| {
            PasswordChange {
                current_password: "old".into(),
                new_password: new.into(),
            }
            .validate()
        };
        assert!(change("long-enough-1").is_empty());
        assert_eq!(change("short")[0].code, FieldErrorCode::TooShort);
        assert_eq!(change(&"x".repeat(129))[0].code, FieldErrorCode::TooLong);
    }
}

/// The member's badge (`GET /api/v1/me/badge`): a code booth staff scan. What it shows them
/// depends on the `share_with_exhibitors` consent: with it, name and contact details; without
/// it, only the tier (no identity). `POST /api/v1/me/badge` replaces the code (the old one stops
/// working). The code identifies; it never signs anyone in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Badge {
    /// `EXPOCX:BADGE:<32 hex>.<signature>`, shown as a QR code: a pseudonymous id (no name, phone
    /// or member id) signed by the server (`BadgeKey`).
    pub code: String,
    pub shares_contact: bool,
}

/// Body of `POST /api/v1/exhibitor/badge-scans`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BadgeScan {
    pub code: String,
    /// When the scan was made on the device, if it is sent later (no signal at the booth);
    /// at most 7 days ago.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scanned_at: Option<crate::Timestamp>,
}

/// What a scan tells the exhibitor's staff: contact details only with the visitor's consent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScannedVisitor {
    pub tier: crate::Tier,
    pub shares_contact: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Profile>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The lead this scan created or updated (`GET /exhibitor/leads/{id}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_id: Option<i64>,
}
