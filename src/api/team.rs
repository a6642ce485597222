//! The exhibitor's team and audit trail, and accepting an invite (used only by the portal's and
//! the sign-in area's lazy chunks).

use expocx_contract::{
    AuditEvent, CreatedInvite, InvitePreview, NewInvite, Page, RoleChange, StaffRole, Team,
    TeamMember, User,
};

use super::{Api, ApiError};

impl Api {
    pub async fn team(&self) -> Result<Team, ApiError> {
        self.get("/exhibitor/team").await
    }
    pub async fn invite(&self, invite: &NewInvite) -> Result<CreatedInvite, ApiError> {
        self.post("/exhibitor/team/invites", invite, None).await
    }
    pub async fn revoke_invite(&self, id: i64) -> Result<(), ApiError> {
        self.send_json("DELETE", &format!("/exhibitor/team/invites/{id}"), &())
            .await
    }
    pub async fn change_role(&self, user_id: i64, role: StaffRole) -> Result<TeamMember, ApiError> {
        let path = format!("/exhibitor/team/members/{user_id}");
        self.send_json("PATCH", &path, &RoleChange { role }).await
    }
    pub async fn remove_member(&self, user_id: i64) -> Result<(), ApiError> {
        let path = format!("/exhibitor/team/members/{user_id}");
        self.send_json("DELETE", &path, &()).await
    }
    pub async fn audit(&self, page: u32) -> Result<Page<AuditEvent>, ApiError> {
        self.get(&format!("/exhibitor/audit?page={page}&limit=50"))
            .await
    }
    pub async fn invite_preview(&self, token: &str) -> Result<InvitePreview, ApiError> {
        self.get(&format!("/invites/{token}")).await
    }
    pub async fn accept_invite(&self, token: &str) -> Result<User, ApiError> {
        self.post(&format!("/invites/{token}/accept"), &(), None)
            .await
    }
}
