//! The one HTTP client every check uses: a request to `<base>/api/v1<path>`, optionally with a
//! bearer token, a JSON body and extra headers, answered as a [`Reply`] (status, content type,
//! headers and the body read as JSON when it is JSON).

use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::Method;
use serde_json::{json, Value};

/// A request that goes out as written: the kit checks what a backend answers, so nothing is
/// retried or followed.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    api: String,
}

/// What came back.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    /// The media type without parameters, lowercase (`application/problem+json`).
    pub content_type: String,
    pub headers: HeaderMap,
    /// The body as JSON, or `Value::Null` when it is empty or not JSON.
    pub json: Value,
    pub text: String,
}

/// One request: start with [`Client::req`], add what it needs, then [`Req::send`].
pub struct Req<'a> {
    client: &'a Client,
    method: Method,
    path: String,
    token: Option<String>,
    body: Option<Body>,
    headers: Vec<(String, String)>,
}

enum Body {
    Json(Value),
    Raw(String),
}

impl Client {
    /// A client for the backend at the site origin `base` (the API is at `<base>/api/v1`).
    pub fn new(base: &str) -> Result<Client, String> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| format!("cannot make an HTTP client: {e}"))?;
        Ok(Client {
            http,
            api: format!(
                "{}{}",
                base.trim_end_matches('/'),
                expocx_contract::API_PREFIX
            ),
        })
    }

    pub fn req(&self, method: Method, path: &str) -> Req<'_> {
        Req {
            client: self,
            method,
            path: path.to_string(),
            token: None,
            body: None,
            headers: Vec::new(),
        }
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> Result<Reply, String> {
        self.req(Method::GET, path).token(token).send().await
    }

    pub async fn post(
        &self,
        path: &str,
        token: Option<&str>,
        body: Value,
    ) -> Result<Reply, String> {
        self.req(Method::POST, path)
            .token(token)
            .json(body)
            .send()
            .await
    }

    /// Registers a new visitor account with a unique email: its session (`token`, `user`, …).
    pub async fn register(&self, tag: &str) -> Result<Session, String> {
        let body = json!({"email": unique_email(tag), "password": PASSWORD, "display_name": "Conformance"});
        let r = self.post("/auth/register", None, body).await?;
        r.expect_status(201)?;
        Session::of(r.json)
    }

    /// Signs in `email`: the session.
    pub async fn login(&self, email: &str, password: &str) -> Result<Session, String> {
        let body = json!({"email": email, "password": password});
        let r = self.post("/auth/login", None, body).await?;
        r.expect_status(200)?;
        Session::of(r.json)
    }
}

/// A signed-in session: its token and the whole answer.
#[derive(Debug, Clone)]
pub struct Session {
    pub token: String,
    pub json: Value,
}

impl Session {
    fn of(json: Value) -> Result<Session, String> {
        match json["token"].as_str() {
            Some(t) if !t.is_empty() => Ok(Session {
                token: t.to_string(),
                json,
            }),
            _ => Err(format!("a session without a `token`: {json}")),
        }
    }

    pub fn token(&self) -> Option<&str> {
        Some(&self.token)
    }
}

/// The password of every account the kit registers.
pub const PASSWORD: &str = "conformance-pass-2026";

/// An email nobody has used: the tag, the time in nanoseconds and a counter.
pub fn unique_email(tag: &str) -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNT: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let n = COUNT.fetch_add(1, Ordering::Relaxed);
    format!("conformance-{tag}-{nanos}-{n}@example.test")
}

impl Req<'_> {
    pub fn token(mut self, token: Option<&str>) -> Self {
        self.token = token.map(str::to_string);
        self
    }

    pub fn json(mut self, body: Value) -> Self {
        self.body = Some(Body::Json(body));
        self
    }

    /// A body sent as `application/json` exactly as written (e.g. broken JSON).
    pub fn raw_json(mut self, body: &str) -> Self {
        self.body = Some(Body::Raw(body.to_string()));
        self
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    pub async fn send(self) -> Result<Reply, String> {
        let url = format!("{}{}", self.client.api, self.path);
        let mut rb = self.client.http.request(self.method.clone(), &url);
        if let Some(t) = &self.token {
            rb = rb.bearer_auth(t);
        }
        for (k, v) in &self.headers {
            rb = rb.header(k, v);
        }
        rb = match self.body {
            Some(Body::Json(v)) => rb.json(&v),
            Some(Body::Raw(s)) => rb.header("content-type", "application/json").body(s),
            None => rb,
        };
        let r = rb
            .send()
            .await
            .map_err(|e| format!("{} {} failed: {e}", self.method, self.path))?;
        let status = r.status().as_u16();
        let headers = r.headers().clone();
        let content_type = headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .map(|v| {
                v.split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase()
            })
            .unwrap_or_default();
        let text = r
            .text()
            .await
            .map_err(|e| format!("reading the body: {e}"))?;
        let json = serde_json::from_str(&text).unwrap_or(Value::Null);
        Ok(Reply {
            status,
            content_type,
            headers,
            json,
            text,
        })
    }
}

impl Reply {
    /// The status and the start of the body, for a failure message.
    pub fn brief(&self) -> String {
        // One line: whitespace runs (an HTML page's newlines) become one space.
        let flat = self.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut body: String = flat.chars().take(120).collect();
        if flat.chars().count() > 120 {
            body.push('…');
        }
        let ct = if self.content_type.is_empty() {
            "no content type"
        } else {
            &self.content_type
        };
        format!("{} ({ct}) {body}", self.status)
    }

    pub fn expect_status(&self, status: u16) -> Result<(), String> {
        if self.status == status {
            Ok(())
        } else {
            Err(self.brief())
        }
    }
}
