//! Password hashing (argon2id, the only thing derived from a password that is ever stored) with
//! a bound on how many hashes run at once: each takes ≈19 MiB and a CPU for a while, so a flood
//! of sign-ins waits its turn instead of exhausting memory and starving every other request.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use argon2::password_hash::{PasswordHash, PasswordHasher, SaltString};
use argon2::{Argon2, PasswordVerifier};
use rand::RngCore;
use tokio::sync::Semaphore;

/// No hashing slot came free in time: the server is busy with sign-ins.
#[derive(Debug)]
pub struct Busy;

/// Hashes a password now (startup and demo data; requests use `Hasher`).
pub fn hash_now(password: &str) -> Result<String, String> {
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(|e| format!("salt: {e}"))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| format!("argon2: {e}"))
}

fn verify_now(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Verifying against this when the email is unknown keeps both answers equally slow, so timing
/// does not tell which emails have accounts.
fn dummy_hash() -> &'static str {
    static H: OnceLock<String> = OnceLock::new();
    H.get_or_init(|| hash_now("not-a-real-password").unwrap_or_default())
}

#[derive(Clone)]
pub struct Hasher {
    slots: Arc<Semaphore>,
    wait: Duration,
}

impl Hasher {
    /// At most `at_once` hashes run together; a request waits up to `wait` for a slot.
    pub fn new(at_once: usize, wait: Duration) -> Self {
        Hasher {
            slots: Arc::new(Semaphore::new(at_once.max(1))),
            wait,
        }
    }

    async fn run<R: Send + 'static>(
        &self,
        f: impl FnOnce() -> R + Send + 'static,
    ) -> Result<R, Busy> {
        let permit = tokio::time::timeout(self.wait, self.slots.clone().acquire_owned())
            .await
            .map_err(|_| Busy)?
            .map_err(|_| Busy)?;
        let out = tokio::task::spawn_blocking(move || {
            let out = f();
            drop(permit);
            out
        })
        .await
        .map_err(|_| Busy)?;
        Ok(out)
    }

    pub async fn hash(&self, password: String) -> Result<Result<String, String>, Busy> {
        self.run(move || hash_now(&password)).await
    }

    /// Whether `password` matches `hash`; without a hash (unknown account) as slow, and false.
    pub async fn verify(&self, password: String, hash: Option<String>) -> Result<bool, Busy> {
        self.run(move || match hash {
            Some(h) => verify_now(&password, &h),
            None => {
                verify_now(&password, dummy_hash());
                false
            }
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_a_full_hasher_says_busy() {
        let hasher = Hasher::new(1, Duration::from_millis(50));
        let hash = hasher.hash("correct horse".into()).await.unwrap().unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(hasher
            .verify("correct horse".into(), Some(hash.clone()))
            .await
            .unwrap());
        assert!(!hasher.verify("wrong".into(), Some(hash)).await.unwrap());
        assert!(!hasher.verify("x".into(), None).await.unwrap());
        // The only slot taken: the next request gives up after the wait instead of piling up.
        let _held = hasher.slots.clone().acquire_owned().await.unwrap();
        assert!(hasher.verify("x".into(), None).await.is_err());
    }
}
