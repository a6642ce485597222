//! Before the load: shopper accounts in the database file, the staff's session, and the
//! catalog's products in stock with the total a one-unit cart of each quotes.

use std::path::Path;

use expocx_contract::Role;
use expocx_server::db::auth::{create_session, create_user, NewUser};
use expocx_server::db::Db;
use expocx_server::ids::{hash_secret, new_token};
use expocx_server::passwords::hash_now;
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

use crate::ops::{send, Ctx, Item};

/// Creates `accounts` shoppers, each signed in once, in the database at `db` (created and
/// migrated if needed; the server is not running yet), and writes one session token a line
/// to `tokens`.
pub fn prepare(db: &Path, accounts: usize, tokens: &Path) -> Result<(), String> {
    let db = Db::open(db).map_err(|e| format!("{}: {e}", db.display()))?;
    // The accounts never sign in with it; one argon2 hash serves them all.
    let hash = hash_now("load-shopper-pass")?;
    let made: Vec<String> = db.with(|c| {
        let tx = c.transaction().map_err(|e| e.to_string())?;
        let mut made = Vec::with_capacity(accounts);
        for i in 1..=accounts {
            let email = format!("shopper-{i:03}@load.expocx.test");
            let user = create_user(
                &tx,
                &NewUser {
                    email: &email,
                    password_hash: &hash,
                    display_name: &format!("Load shopper {i}"),
                    role: Role::Visitor,
                    exhibitor_id: None,
                    staff_role: None,
                    locale: None,
                },
            )
            .map_err(|e| e.to_string())?
            .ok_or(format!("{email} exists already: use a fresh database"))?;
            let token = new_token();
            create_session(&tx, &hash_secret(&token), user.id).map_err(|e| e.to_string())?;
            made.push(token);
        }
        tx.commit().map_err(|e| e.to_string())?;
        Ok::<_, String>(made)
    })?;
    std::fs::write(tokens, made.join("\n") + "\n")
        .map_err(|e| format!("{}: {e}", tokens.display()))?;
    println!("{accounts} shopper accounts with a session each");
    Ok(())
}

/// `GET path` answering 200 (setup only).
async fn get_ok(ctx: &Ctx, path: &str) -> Result<Value, String> {
    match send(ctx.get(path)).await {
        (_, Some((StatusCode::OK, v))) => Ok(v),
        (_, other) => Err(format!("GET {path}: {:?}", other.map(|(s, _)| s))),
    }
}

/// Signs in the demo's tea booth staff.
pub async fn staff_token(client: &Client, base: &str) -> Result<String, String> {
    let r = client
        .post(format!("{base}/api/v1/auth/login"))
        .json(&json!({"email": "tea@demo.expocx.test", "password": "exhibit-expo-2026"}))
        .send()
        .await
        .map_err(|e| format!("staff sign-in: {e}"))?;
    if r.status() != StatusCode::OK {
        return Err(format!("staff sign-in: {}", r.status()));
    }
    let v: Value = r.json().await.map_err(|e| e.to_string())?;
    v["token"]
        .as_str()
        .map(String::from)
        .ok_or("staff sign-in: no token".into())
}

/// The expo's days, the categories, and every product in stock (its first option when it has
/// options) with the quoted total of one unit.
pub async fn catalog(ctx: &mut Ctx) -> Result<(), String> {
    let expo = get_ok(ctx, "/expo").await?;
    let day = |k: &str| expo[k].as_str().unwrap_or_default().to_string();
    ctx.days = (day("starts_on"), day("ends_on"));
    let categories = get_ok(ctx, "/categories").await?;
    ctx.categories = ids(&categories);
    let mut in_stock = Vec::new();
    for page in 1.. {
        let list = get_ok(ctx, &format!("/products?limit=100&page={page}")).await?;
        let items = list["items"].as_array().cloned().unwrap_or_default();
        in_stock.extend(
            items
                .iter()
                .filter(|p| p["stock"].as_u64().unwrap_or(0) > 0)
                .cloned(),
        );
        if items.len() < 100 {
            break;
        }
    }
    for p in in_stock {
        let id = p["id"].as_i64().unwrap_or_default();
        let detail = get_ok(ctx, &format!("/products/{id}")).await?;
        let mut item = Item {
            id,
            exhibitor: p["exhibitor_id"].as_i64().unwrap_or_default(),
            option: detail["options"][0]["id"].as_str().map(String::from),
            total_minor: 0,
        };
        let (_, answer) = send(ctx.post("/cart/quote", &json!({"lines": [item.line()]}))).await;
        let Some((StatusCode::OK, view)) = answer else {
            return Err(format!("quote of product {id} failed"));
        };
        item.total_minor = view["total"]["amount_minor"].as_i64().unwrap_or_default();
        ctx.products.push(item);
    }
    if ctx.categories.is_empty() || ctx.products.is_empty() {
        return Err(
            "no categories or no products in stock: was the server started with --demo?".into(),
        );
    }
    Ok(())
}

fn ids(list: &Value) -> Vec<i64> {
    list.as_array()
        .map(|a| a.iter().filter_map(|c| c["id"].as_i64()).collect())
        .unwrap_or_default()
}
