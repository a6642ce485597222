//! What can go wrong with a request, in terms the interface can act on.

use expocx_contract::{ErrorCode, Problem};

#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// The request did not reach the server (offline, DNS, CORS, connection reset).
    Network,
    /// No answer within the time limit.
    Timeout,
    /// The page that made the request went away; nobody is waiting for the answer.
    Aborted,
    /// The server answered with an error status; `problem` when it sent problem+json.
    Problem {
        status: u16,
        problem: Option<Problem>,
    },
    /// The answer did not have the expected shape.
    Decode(String),
}

impl ApiError {
    /// What a page shows for something that does not exist, as the backend would say it.
    pub fn not_found() -> Self {
        ApiError::Problem {
            status: 404,
            problem: None,
        }
    }

    /// The session is gone (expired, revoked): sign in again.
    pub fn is_session_expired(&self) -> bool {
        match self {
            ApiError::Problem {
                status: 401,
                problem,
            } => problem
                .as_ref()
                .is_none_or(|p| p.code == ErrorCode::Unauthorized),
            _ => false,
        }
    }

    /// Worth trying again automatically (for reads only): the failure may be passing.
    pub fn is_transient(&self) -> bool {
        match self {
            ApiError::Network | ApiError::Timeout => true,
            ApiError::Problem { status, .. } => matches!(status, 502..=504 | 429),
            _ => false,
        }
    }

    pub fn problem(&self) -> Option<&Problem> {
        match self {
            ApiError::Problem { problem, .. } => problem.as_ref(),
            _ => None,
        }
    }

    pub fn status(&self) -> Option<u16> {
        match self {
            ApiError::Problem { status, .. } => Some(*status),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrong_password_is_not_an_expired_session() {
        let wrong_pw = ApiError::Problem {
            status: 401,
            problem: Some(Problem::new(401, ErrorCode::InvalidCredentials, "x")),
        };
        assert!(!wrong_pw.is_session_expired());
        let expired = ApiError::Problem {
            status: 401,
            problem: Some(Problem::new(401, ErrorCode::Unauthorized, "x")),
        };
        assert!(expired.is_session_expired());
    }

    #[test]
    fn only_passing_failures_are_retried() {
        assert!(ApiError::Network.is_transient());
        assert!(ApiError::Timeout.is_transient());
        assert!(ApiError::Problem {
            status: 503,
            problem: None
        }
        .is_transient());
        assert!(!ApiError::Problem {
            status: 500,
            problem: None
        }
        .is_transient());
        assert!(!ApiError::Problem {
            status: 404,
            problem: None
        }
        .is_transient());
        assert!(!ApiError::Aborted.is_transient());
    }
}
