//! The booth's own catalog and pickup slots (used only by the portal's lazy area).

use expocx_contract::{
    Page, PickupSlot, ProductDraft, ProductUpdate, SlotChange, SlotDraft, StaffProduct,
};

use super::client::Method;
use super::{Api, ApiError, Tagged};

impl Api {
    pub async fn staff_products(&self, page: u32) -> Result<Page<StaffProduct>, ApiError> {
        self.get(&format!("/exhibitor/products?page={page}&limit=24"))
            .await
    }
    pub async fn staff_product(&self, id: i64) -> Result<Tagged<StaffProduct>, ApiError> {
        self.get_tagged(&format!("/exhibitor/products/{id}")).await
    }
    pub async fn create_product(
        &self,
        draft: &ProductDraft,
    ) -> Result<Tagged<StaffProduct>, ApiError> {
        self.write_tagged(Method::Post, "/exhibitor/products", draft, None)
            .await
    }
    /// Changes a product as it was loaded: `412` when someone changed it since.
    pub async fn update_product(
        &self,
        product: &Tagged<StaffProduct>,
        update: &ProductUpdate,
    ) -> Result<Tagged<StaffProduct>, ApiError> {
        let path = format!("/exhibitor/products/{}", product.value.product.summary.id);
        let if_match = product.etag.as_ref();
        self.write_tagged(Method::Patch, &path, update, if_match)
            .await
    }
    pub async fn upload_product_image(
        &self,
        id: i64,
        file: &wasm_bindgen::JsValue,
        kind: &str,
    ) -> Result<Tagged<StaffProduct>, ApiError> {
        self.upload(&format!("/exhibitor/products/{id}/image"), file, kind)
            .await
    }
    pub async fn staff_slots(&self) -> Result<Vec<PickupSlot>, ApiError> {
        self.get("/exhibitor/pickup-slots").await
    }
    pub async fn create_slot(&self, draft: &SlotDraft) -> Result<PickupSlot, ApiError> {
        self.post("/exhibitor/pickup-slots", draft, None).await
    }
    pub async fn set_slot_capacity(&self, id: i64, capacity: u32) -> Result<PickupSlot, ApiError> {
        let body = SlotChange { capacity };
        self.send_json(
            "PUT",
            &format!("/exhibitor/pickup-slots/{id}/capacity"),
            &body,
        )
        .await
    }
    pub async fn delete_slot(&self, id: i64) -> Result<(), ApiError> {
        self.send_json("DELETE", &format!("/exhibitor/pickup-slots/{id}"), &())
            .await
    }
}
