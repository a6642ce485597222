//! The exhibitor portal's endpoints (used only by its lazy area).

use expocx_contract::{
    Assignment, NewNote, ReturnDecision, ReturnRequest, StaffMember, StaffTicket, StaffTicketQuery,
    StaffTicketRow, TicketReply,
};
use expocx_contract::{
    Dashboard, DashboardQuery, Page, PickupLookup, StaffOrder, StaffOrderQuery, StaffOrderRow,
    StaffOrderStep,
};

use super::client::Method;
use super::{with_query, Api, ApiError, Tagged};

impl Api {
    pub async fn dashboard(&self, q: &DashboardQuery) -> Result<Dashboard, ApiError> {
        self.get(&with_query("/exhibitor/dashboard", q.to_query_string()))
            .await
    }
    pub async fn staff_orders(&self, q: &StaffOrderQuery) -> Result<Page<StaffOrderRow>, ApiError> {
        self.get(&with_query("/exhibitor/orders", q.to_query_string()))
            .await
    }
    pub async fn staff_order(&self, id: i64) -> Result<Tagged<StaffOrder>, ApiError> {
        self.get_tagged(&format!("/exhibitor/orders/{id}")).await
    }
    /// Takes a step on the order as it was loaded: if someone else changed it since, the
    /// answer is `412` and nothing changes.
    pub async fn staff_step(
        &self,
        order: &Tagged<StaffOrder>,
        step: &StaffOrderStep,
    ) -> Result<Tagged<StaffOrder>, ApiError> {
        let path = format!("/exhibitor/orders/{}/status", order.value.id);
        self.write_tagged(Method::Post, &path, step, order.etag.as_ref())
            .await
    }
    pub async fn pickup_lookup(&self, code: &str) -> Result<Tagged<StaffOrder>, ApiError> {
        let req = PickupLookup { code: code.into() };
        self.write_tagged(Method::Post, "/exhibitor/pickups", &req, None)
            .await
    }
    pub async fn staff_tickets(
        &self,
        q: &StaffTicketQuery,
    ) -> Result<Page<StaffTicketRow>, ApiError> {
        self.get(&with_query("/exhibitor/tickets", q.to_query_string()))
            .await
    }
    pub async fn staff_ticket(&self, id: i64) -> Result<StaffTicket, ApiError> {
        self.get(&format!("/exhibitor/tickets/{id}")).await
    }
    pub async fn staff_reply(&self, id: i64, body: &TicketReply) -> Result<StaffTicket, ApiError> {
        self.post(&format!("/exhibitor/tickets/{id}/messages"), body, None)
            .await
    }
    pub async fn staff_note(&self, id: i64, text: String) -> Result<StaffTicket, ApiError> {
        let body = NewNote { text };
        self.post(&format!("/exhibitor/tickets/{id}/notes"), &body, None)
            .await
    }
    pub async fn assign_ticket(
        &self,
        id: i64,
        assignee_id: Option<i64>,
    ) -> Result<StaffTicket, ApiError> {
        let body = Assignment { assignee_id };
        self.send_json("PUT", &format!("/exhibitor/tickets/{id}/assignee"), &body)
            .await
    }
    pub async fn staff_members(&self) -> Result<Vec<StaffMember>, ApiError> {
        self.get("/exhibitor/staff").await
    }
    pub async fn staff_returns(&self, page: u32) -> Result<Page<ReturnRequest>, ApiError> {
        self.get(&format!("/exhibitor/returns?page={page}")).await
    }
    pub async fn decide_return(
        &self,
        id: i64,
        body: &ReturnDecision,
    ) -> Result<ReturnRequest, ApiError> {
        self.post(&format!("/exhibitor/returns/{id}/decision"), body, None)
            .await
    }
}
