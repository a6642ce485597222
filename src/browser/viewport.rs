//! How wide the window is: the portal shows an order beside its list only where both fit.

/// Whether the window is at least `px` CSS pixels wide (false when it cannot be told).
pub fn at_least(px: f64) -> bool {
    leptos::prelude::window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w >= px)
}
