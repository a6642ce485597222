//! A product's configuration model for trade buyers, as the portal's product editor reads and
//! changes it. A change is checked against the product's `ETag`, like any edit of the product.

use expocx_contract::configure::ConfigModel;
use expocx_contract::StaffProduct;

use super::client::Method;
use super::{Api, ApiError, Tagged};

fn config_path(product: &Tagged<StaffProduct>) -> String {
    let id = product.value.product.summary.id;
    format!("/exhibitor/products/{id}/configuration")
}

impl Api {
    /// The product's model (a draft's too), or `None` when it has none (the backend's 404).
    pub async fn product_config(&self, id: i64) -> Result<Option<ConfigModel>, ApiError> {
        match self
            .get(&format!("/exhibitor/products/{id}/configuration"))
            .await
        {
            Ok(model) => Ok(Some(model)),
            Err(e) if e.status() == Some(404) => Ok(None),
            Err(e) => Err(e),
        }
    }
    /// Makes the product configurable with `model`, or changes its model: `412` when someone
    /// changed the product since it was loaded, `422` with the model's field errors.
    pub async fn set_product_config(
        &self,
        product: &Tagged<StaffProduct>,
        model: &ConfigModel,
    ) -> Result<Tagged<StaffProduct>, ApiError> {
        let if_match = product.etag.as_ref();
        self.write_tagged(Method::Put, &config_path(product), model, if_match)
            .await
    }
    /// Makes the product a retail product again: `412` when someone changed it since.
    pub async fn remove_product_config(
        &self,
        product: &Tagged<StaffProduct>,
    ) -> Result<Tagged<StaffProduct>, ApiError> {
        let if_match = product.etag.as_ref();
        self.write_tagged(Method::Delete, &config_path(product), &(), if_match)
            .await
    }
}
