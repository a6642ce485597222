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

/// Runs `task` after `ms`, owned by the current owner: when that owner is cleaned up (the
/// effect that called it runs again, or its page goes away) the timer is cleared, and a task
/// already running is dropped with the requests it made. A debounce, or a poll, in one call.
pub fn later(ms: u32, task: impl std::future::Future<Output = ()> + 'static) {
    let owner = Owner::current();
    let timer = gloo_timers::callback::Timeout::new(ms, move || match owner {
        Some(owner) => owner.with(|| leptos::task::spawn_local_scoped_with_cancellation(task)),
        None => leptos::task::spawn_local(task),
    });
    let timer = send_wrapper::SendWrapper::new(timer);
    Owner::on_cleanup(move || drop(timer));
}
