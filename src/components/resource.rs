//! What a page loads from the backend, as one resource type for every request.
//!
//! Leptos builds its whole async machinery (the derived signal, the task that polls the
//! request, the future that waits for it) once per resource *type*. With a `LocalResource` per
//! answer type, each storefront section cost the first load its own copy. [`Res<T>`] keeps the
//! answer's type for the page and hands Leptos one type (`Rc<dyn Any>`), so there is one copy
//! for every section of every page; only the request itself stays typed.

use std::any::Any;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::rc::Rc;

use leptos::prelude::*;

use crate::api::ApiError;

/// An answer as Leptos holds it: the value behind its type.
pub(crate) type Answer = Result<Rc<dyn Any>, ApiError>;
type Request = Pin<Box<dyn Future<Output = Answer>>>;

/// A request whose answer the page shows; it runs again when a signal it read changes.
pub struct Res<T> {
    pub(crate) inner: LocalResource<Answer>,
    answer: PhantomData<fn() -> T>,
}

impl<T> Clone for Res<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Res<T> {}

impl<T: Clone + 'static> Res<T> {
    /// Runs `fetch` now and whenever a signal it reads (before its first `.await`) changes.
    pub fn new<Fut>(fetch: impl Fn() -> Fut + 'static) -> Self
    where
        Fut: Future<Output = Result<T, ApiError>> + 'static,
    {
        let request = move || -> Request {
            let answer = fetch();
            Box::pin(async move { answer.await.map(|v| Rc::new(v) as Rc<dyn Any>) })
        };
        Res {
            inner: untyped(Rc::new(request)),
            answer: PhantomData,
        }
    }

    /// The answer, once it is here (tracked).
    pub fn get(&self) -> Option<Result<T, ApiError>> {
        self.inner
            .get()
            .map(|answer| answer.map(|v| value::<T>(&v)))
    }

    /// Asks again (a retry, or after a change the page made).
    pub fn refetch(&self) {
        self.inner.refetch();
    }
}

/// The typed value of an answer. A `Res<T>` only ever holds a `T`.
pub(crate) fn value<T: Clone + 'static>(v: &Rc<dyn Any>) -> T {
    match v.downcast_ref::<T>() {
        Some(v) => v.clone(),
        None => unreachable!("a Res<T> holds a T"),
    }
}

/// The one `LocalResource` instantiation of the app.
#[inline(never)]
fn untyped(request: Rc<dyn Fn() -> Request>) -> LocalResource<Answer> {
    LocalResource::new(move || request())
}
