//! The browser's print dialog (a printable document's "Print" button).

/// Opens the print dialog for the page as it is.
pub fn print_page() {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
