//! Side effects that follow signals, through one `Effect` instantiation.
//!
//! Leptos compiles an `Effect` per closure type; the app's effects all return nothing, so
//! they go through one boxed closure and the effect's machinery exists once.

use leptos::prelude::*;

/// Runs `f` now and again whenever a signal it read changes, for as long as the component
/// (or store) that called it lives.
pub fn watch(f: impl Fn() + 'static) {
    untyped(Box::new(f));
}

#[inline(never)]
fn untyped(f: Box<dyn Fn()>) {
    Effect::new(move |_| f());
}
