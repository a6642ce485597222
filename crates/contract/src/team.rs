//! An exhibitor's team: each staff member's role, and what each role may do (capabilities).
//! One table, used by the backend (which alone decides, `403 forbidden` otherwise) and by the
//! portal (which shows only the pages and actions allowed).

use serde::{Deserialize, Serialize};

/// A staff member's role within their exhibitor. (The SPA reads it by its name in
/// `StaffRole::ALL`, as it does capabilities.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum StaffRole {
    /// Everything, including the team.
    Owner,
    /// Orders, service, returns, catalog, figures, exports; not the team.
    Manager,
    /// The pickup desk, badge scans, leads and the tickets assigned to them; no revenue, no
    /// exports.
    Booth,
}

impl StaffRole {
    pub const ALL: [StaffRole; 3] = [StaffRole::Owner, StaffRole::Manager, StaffRole::Booth];

    pub fn as_str(self) -> &'static str {
        match self {
            StaffRole::Owner => "owner",
            StaffRole::Manager => "manager",
            StaffRole::Booth => "booth",
        }
    }

    pub fn parse(s: &str) -> Option<StaffRole> {
        StaffRole::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// What this role may do.
    pub fn capabilities(self) -> &'static [Capability] {
        use Capability::*;
        match self {
            StaffRole::Owner => &[
                Pickup,
                BadgeScan,
                OwnTickets,
                Orders,
                Service,
                Returns,
                Catalog,
                Figures,
                Export,
                Audit,
                Quotes,
                Leads,
                LeadSettings,
                Team,
                Campaigns,
            ],
            StaffRole::Manager => &[
                Pickup,
                BadgeScan,
                OwnTickets,
                Orders,
                Service,
                Returns,
                Catalog,
                Figures,
                Export,
                Audit,
                Quotes,
                Leads,
                LeadSettings,
                Campaigns,
            ],
            StaffRole::Booth => &[Pickup, BadgeScan, OwnTickets, Leads],
        }
    }

    pub fn may(self, what: Capability) -> bool {
        self.capabilities().contains(&what)
    }
}

/// One thing a staff member may do in the portal. (The SPA reads it by its name in
/// `Capability::ALL`: serde's derived visitor costs every visitor's first load.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Capability {
    /// Hand over orders at the pickup desk (by pickup code).
    Pickup,
    /// Scan visitors' badges at the booth.
    BadgeScan,
    /// Read and answer the tickets assigned to oneself.
    OwnTickets,
    /// The booth's orders: list, read, take the next step, cancel a part.
    Orders,
    /// The whole after-sales desk: every ticket, assignment, notes.
    Service,
    /// Decide return requests.
    Returns,
    /// Products, pictures and pickup slots.
    Catalog,
    /// Revenue figures (the dashboard).
    Figures,
    /// Exports with customers' names and addresses.
    Export,
    /// Read the audit trail: who exported, refunded, changed prices or the team.
    Audit,
    /// The quote desk: answer, revise, withdraw and assign trade buyers' quotes.
    Quotes,
    /// Leads: read them, type in a card, qualify (status, rating, notes, answers, assignee).
    Leads,
    /// The qualifying questions and the scoring rules.
    LeadSettings,
    /// Invite, change and remove team members.
    Team,
    /// Campaigns: build an audience, send offers, read their results.
    Campaigns,
    /// A capability this client does not know yet (a newer backend): never granted here.
    #[cfg_attr(not(target_arch = "wasm32"), serde(other))]
    Unknown,
}

impl Capability {
    /// Every capability but `Unknown`.
    pub const ALL: [Capability; 15] = {
        use Capability::*;
        [
            Pickup,
            BadgeScan,
            OwnTickets,
            Orders,
            Service,
            Returns,
            Catalog,
            Figures,
            Export,
            Audit,
            Quotes,
            Leads,
            LeadSettings,
            Team,
            Campaigns,
        ]
    };

    /// Its name on the wire.
    pub fn as_str(self) -> &'static str {
        use Capability::*;
        match self {
            Pickup => "pickup",
            BadgeScan => "badge_scan",
            OwnTickets => "own_tickets",
            Orders => "orders",
            Service => "service",
            Returns => "returns",
            Catalog => "catalog",
            Figures => "figures",
            Export => "export",
            Audit => "audit",
            Quotes => "quotes",
            Leads => "leads",
            LeadSettings => "lead_settings",
            Team => "team",
            Campaigns => "campaigns",
            Unknown => "unknown",
        }
    }
}

#[cfg(target_arch = "wasm32")]
impl<'de> Deserialize<'de> for StaffRole {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        StaffRole::parse(&name).ok_or_else(|| serde::de::Error::custom("unknown staff role"))
    }
}

#[cfg(target_arch = "wasm32")]
impl<'de> Deserialize<'de> for Capability {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Ok(Capability::ALL
            .into_iter()
            .find(|c| c.as_str() == name)
            .unwrap_or(Capability::Unknown))
    }
}

#[cfg(test)]
mod tests {
    use super::{Capability::*, StaffRole::*, *};

    #[test]
    fn each_role_may_do_what_the_permission_table_says() {
        // (capability, owner, manager, booth)
        let table = [
            (Pickup, true, true, true),
            (BadgeScan, true, true, true),
            (OwnTickets, true, true, true),
            (Orders, true, true, false),
            (Service, true, true, false),
            (Returns, true, true, false),
            (Catalog, true, true, false),
            (Figures, true, true, false),
            (Export, true, true, false),
            (Audit, true, true, false),
            (Quotes, true, true, false),
            (Leads, true, true, true),
            (LeadSettings, true, true, false),
            (Team, true, false, false),
        ];
        for (what, owner, manager, booth) in table {
            assert_eq!(Owner.may(what), owner, "owner {what:?}");
            assert_eq!(Manager.may(what), manager, "manager {what:?}");
            assert_eq!(Booth.may(what), booth, "booth {what:?}");
        }
    }

    #[test]
    fn capabilities_read_back_from_their_names_and_unknown_ones_grant_nothing() {
        for c in Capability::ALL {
            let wire = serde_json::to_string(&c).unwrap();
            assert_eq!(wire, format!("\"{}\"", c.as_str()));
            assert_eq!(serde_json::from_str::<Capability>(&wire).unwrap(), c);
        }
        let later: Capability = serde_json::from_str("\"promotions\"").unwrap();
        assert_eq!(later, Capability::Unknown);
        assert!(StaffRole::ALL.iter().all(|r| !r.may(Capability::Unknown)));
    }

    #[test]
    fn roles_read_back_from_their_names() {
        for role in StaffRole::ALL {
            assert_eq!(StaffRole::parse(role.as_str()), Some(role));
        }
        assert_eq!(StaffRole::parse("admin"), None);
    }
}
