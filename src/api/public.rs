//! Which of the contract's reads are public: the same answer whoever asks.

/// The public catalog reads (`/expo`, `/categories`, `/halls/…`, `/exhibitors…`,
/// `/products…`). The staff portal's `/exhibitor/…` is not one of them.
pub fn is_public_read(path: &str) -> bool {
    [
        "/expo",
        "/categories",
        "/halls/",
        "/exhibitors",
        "/products",
    ]
    .iter()
    .any(|p| {
        path.strip_prefix(p)
            .is_some_and(|rest| p.ends_with('/') || rest.is_empty() || rest.starts_with(['/', '?']))
    })
}

#[cfg(test)]
mod tests {
    use super::is_public_read;

    #[test]
    fn the_catalog_is_public_and_nothing_personal_is() {
        for path in [
            "/expo",
            "/categories",
            "/halls/2/map",
            "/exhibitors?hall=1",
            "/exhibitors/3",
            "/products",
            "/products/7",
            "/products?q=%E4%B8%9D",
        ] {
            assert!(is_public_read(path), "{path}");
        }
        for path in [
            "/exhibitor/orders",
            "/exhibitor/products",
            "/me",
            "/orders/1",
            "/cart",
            "/expos",
            "/productsx",
            "/me/badge",
        ] {
            assert!(!is_public_read(path), "{path}");
        }
    }
}
