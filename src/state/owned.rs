//! A store's signal: pages read it like any signal, only the store (in `state/`) writes it, so
//! every change goes through one of the store's intent methods.

use leptos::prelude::*;

pub struct Owned<T: 'static>(RwSignal<T>);

impl<T> Clone for Owned<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Owned<T> {}

impl<T: Send + Sync + 'static> Owned<T> {
    #[inline]
    pub(super) fn new(value: T) -> Self {
        Owned(RwSignal::new(value))
    }

    #[inline]
    pub(super) fn set(&self, value: T) {
        self.0.set(value);
    }

    #[inline]
    pub(super) fn update(&self, change: impl FnOnce(&mut T)) {
        self.0.update(change);
    }

    #[inline]
    pub fn with<U>(&self, read: impl FnOnce(&T) -> U) -> U {
        self.0.with(read)
    }

    #[inline]
    pub fn with_untracked<U>(&self, read: impl FnOnce(&T) -> U) -> U {
        self.0.with_untracked(read)
    }

    #[inline]
    pub fn track(&self) {
        self.0.track();
    }

    #[inline]
    pub fn get(&self) -> T
    where
        T: Clone,
    {
        self.0.get()
    }

    #[inline]
    pub fn get_untracked(&self) -> T
    where
        T: Clone,
    {
        self.0.get_untracked()
    }
}
