//! The exhibitor's orders as CSV over real HTTP and SQLite: UTF-8 with a BOM for Excel, the
//! filtered set, cells a spreadsheet would run as formulas neutralized, another booth's orders
//! left out, visitors refused.

use crate::common;
use crate::common::start;
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn the_export_is_the_filtered_list_as_csv_for_excel_with_formulas_neutralized() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let (ceramics, _) = s.staff("ceramics").await;
    let r = s
        .anon()
        .post(
            "/api/v1/auth/register",
            &json!({"email": "eve@example.cn", "password": common::PASSWORD,
                "display_name": "=HYPERLINK(\"http://evil\",\"Eve, Ltd\")"}),
        )
        .await;
    let session: expocx_contract::Session = r.json().await.unwrap();
    let eve = s.anon().with_token(&session.token);
    let paid = eve.place(s.item_of(tea_id), 2).await;
    eve.pay(paid.id).await;
    eve.place(s.item_of(tea_id), 1).await; // unpaid

    let r = tea.get("/api/v1/exhibitor/orders/export?status=paid").await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let body = r.text().await.unwrap();
    assert!(
        body.starts_with('\u{feff}'),
        "a byte order mark, so Excel reads UTF-8"
    );
    let lines: Vec<&str> = body
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(
        lines[0],
        "number,placed_at,status,customer,method,pickup_at,items,amount,currency"
    );
    assert_eq!(
        lines.len(),
        2,
        "the header and the one paid order: {lines:?}"
    );
    assert!(lines[1].starts_with(&format!("{},", paid.number)));
    assert!(
        lines[1].contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"Eve, Ltd\"\")\""),
        "the name is text, not a formula: {}",
        lines[1]
    );
    assert!(lines[1].contains(",paid,") && lines[1].contains(",2,"));

    let all = tea
        .get("/api/v1/exhibitor/orders/export")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(all.split("\r\n").filter(|l| !l.is_empty()).count(), 3);
    let theirs = ceramics
        .get("/api/v1/exhibitor/orders/export")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        !theirs.contains(&paid.number),
        "another booth's export leaves it out"
    );
    assert_eq!(
        eve.get("/api/v1/exhibitor/orders/export").await.status(),
        StatusCode::FORBIDDEN
    );
}
