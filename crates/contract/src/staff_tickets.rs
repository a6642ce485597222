//! The exhibitor's after-sales desk: the queue with filters and who handles what, internal
//! notes the member never sees (not in the member's answers, not in their export).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Timestamp;
use crate::{FieldError, FieldErrorCode, Ticket, TicketStatus, TicketSummary, TICKET_TEXT_MAX};

/// Query of `GET /api/v1/exhibitor/tickets`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct StaffTicketQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TicketStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned: Option<Assigned>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

impl StaffTicketQuery {
    /// The query string (without `?`).
    pub fn to_query_string(&self) -> String {
        use crate::staff_orders::wire_name;
        let mut p = Vec::new();
        crate::catalog::push_param(&mut p, "status", self.status.as_ref().map(wire_name));
        crate::catalog::push_param(&mut p, "assigned", self.assigned.as_ref().map(wire_name));
        crate::catalog::push_param(&mut p, "page", self.page.map(|v| v.to_string()));
        crate::catalog::push_param(&mut p, "limit", self.limit.map(|v| v.to_string()));
        p.join("&")
    }
}

/// Whose tickets the queue shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Assigned {
    /// Handled by the signed-in staff member.
    Me,
    /// Not handled by anyone yet.
    Nobody,
}

/// A staff member of the exhibitor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffMember {
    pub id: i64,
    pub name: String,
}

/// A ticket in the staff's queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffTicketRow {
    #[serde(flatten)]
    pub summary: TicketSummary,
    pub customer: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<StaffMember>,
    /// Open, unanswered and past `respond_by`.
    pub overdue: bool,
    /// Open and not answered yet: `respond_by` still runs (the portal counts it down).
    #[serde(default)]
    pub awaiting_answer: bool,
    /// The customer is on the exhibitor's red-carpet list (top value or rising): serve first.
    #[serde(default)]
    pub red_carpet: bool,
}

/// How long until a first answer is due (`Ok`, whole minutes, rounded up) or how long it is
/// overdue (`Err`, whole minutes), as the portal's queue shows it at `now`.
pub fn answer_due_in(now: DateTime<Utc>, respond_by: DateTime<Utc>) -> Result<i64, i64> {
    let seconds = (respond_by - now).num_seconds();
    if seconds >= 0 {
        Ok((seconds + 59) / 60)
    } else {
        Err(-seconds / 60)
    }
}

/// A note staff keep on a ticket; the member never sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InternalNote {
    pub id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    pub text: String,
    pub at: Timestamp,
}

/// A ticket as staff see it (`GET /api/v1/exhibitor/tickets/{id}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffTicket {
    #[serde(flatten)]
    pub ticket: Ticket,
    pub customer: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<StaffMember>,
    pub notes: Vec<InternalNote>,
}

/// Body of `POST /api/v1/exhibitor/tickets/{id}/notes`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewNote {
    pub text: String,
}

impl NewNote {
    pub fn validate(&self) -> Vec<FieldError> {
        let n = self.text.trim().chars().count();
        if n == 0 {
            vec![FieldError::new("text", FieldErrorCode::Required)]
        } else if n > TICKET_TEXT_MAX {
            vec![FieldError::new("text", FieldErrorCode::TooLong).with_limit(TICKET_TEXT_MAX as i64)]
        } else {
            Vec::new()
        }
    }
}

/// Body of `PUT /api/v1/exhibitor/tickets/{id}/assignee`: a staff member of the exhibitor, or
/// nobody.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Assignment {
    #[serde(default)]
    pub assignee_id: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_queue_query_and_notes_are_checked() {
        let q = StaffTicketQuery {
            status: Some(TicketStatus::WaitingForYou),
            assigned: Some(Assigned::Nobody),
            page: Some(2),
            limit: None,
        };
        assert_eq!(
            q.to_query_string(),
            "status=waiting_for_you&assigned=nobody&page=2"
        );
        assert!(NewNote {
            text: "Call back at 3".into()
        }
        .validate()
        .is_empty());
        assert_eq!(NewNote { text: "  ".into() }.validate().len(), 1);
        assert_eq!(
            NewNote {
                text: "x".repeat(TICKET_TEXT_MAX + 1)
            }
            .validate()
            .len(),
            1
        );
    }

    #[test]
    fn the_answer_is_due_in_whole_minutes_then_overdue_by_them() {
        let due: DateTime<Utc> = "2026-12-03T10:00:00Z".parse().unwrap();
        for (now, want) in [
            ("2026-12-03T08:40:00Z", Ok(80)),
            ("2026-12-03T09:59:01Z", Ok(1)),
            ("2026-12-03T10:00:00Z", Ok(0)),
            ("2026-12-03T10:00:30Z", Err(0)),
            ("2026-12-03T10:15:59Z", Err(15)),
        ] {
            let now: DateTime<Utc> = now.parse().unwrap();
            assert_eq!(answer_due_in(now, due), want, "{now}");
        }
    }
}
