//! Online backup under write load, restored into a fresh server: every order acknowledged
//! before the backup began is there, for its owner, in the state it was acknowledged in.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::common::{self, start, start_with, Api, Options};
use expocx_contract::{Order, OrderStatus};
use reqwest::StatusCode;
use tokio::sync::watch;

/// What a writer was told, and when.
#[derive(Clone, Copy)]
struct Ack {
    writer: usize,
    order: i64,
    placed: Instant,
    paid: Option<Instant>,
}

/// Places and pays orders until told to stop, recording each acknowledgement.
async fn write_orders(
    who: Api,
    writer: usize,
    item: (i64, i64, i64),
    acks: Arc<Mutex<Vec<Ack>>>,
    mut stop: watch::Receiver<bool>,
) {
    while !*stop.borrow_and_update() {
        let order = who.place(item, 1).await;
        let i = {
            let mut acks = acks.lock().unwrap();
            acks.push(Ack {
                writer,
                order: order.id,
                placed: Instant::now(),
                paid: None,
            });
            acks.len() - 1
        };
        who.pay(order.id).await;
        acks.lock().unwrap()[i].paid = Some(Instant::now());
    }
}

async fn wait_for(acks: &Arc<Mutex<Vec<Ack>>>, n: usize) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while acks.lock().unwrap().len() < n {
        assert!(Instant::now() < deadline, "writers stalled");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_backup_taken_under_write_load_restores_every_acknowledged_order() {
    let server = start().await;
    let item = server.pickup_item(1);
    // Room for every order the writers can place during the test.
    let db = server.db();
    db.execute("UPDATE products SET stock = 100000 WHERE id = ?", [item.0])
        .unwrap();
    db.execute(
        "UPDATE pickup_slots SET capacity = 100000 WHERE id = ?",
        [item.2],
    )
    .unwrap();
    drop(db);

    let mut buyers = Vec::new();
    for n in 0..4 {
        buyers.push(server.visitor(&format!("writer{n}@example.com")).await);
    }
    let acks = Arc::new(Mutex::new(Vec::new()));
    let (stop, stopped) = watch::channel(false);
    let writers: Vec<_> = buyers
        .iter()
        .enumerate()
        .map(|(n, who)| {
            tokio::spawn(write_orders(
                who.clone(),
                n,
                item,
                acks.clone(),
                stopped.clone(),
            ))
        })
        .collect();

    wait_for(&acks, 12).await;
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("expocx-backup.db");
    let began = Instant::now();
    let (from, to) = (server.db_path.clone(), copy.clone());
    let report = tokio::task::spawn_blocking(move || expocx_server::backup::backup(&from, &to))
        .await
        .unwrap()
        .expect("backup");
    let placed_before = acks.lock().unwrap().len();
    // The writers go on after the backup; the copy must not depend on them stopping.
    wait_for(&acks, placed_before + 4).await;
    stop.send(true).unwrap();
    for w in writers {
        w.await.unwrap();
    }
    assert!(report.pages > 0 && report.bytes > 0);

    // The copy is one file that SQLite finds sound.
    let sidecar = |s: &str| copy.with_file_name(format!("expocx-backup.db{s}"));
    assert!(!sidecar("-wal").exists() && !sidecar("-shm").exists());
    let check: String = rusqlite::Connection::open(&copy)
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");

    // Restore: the copy becomes the database file of a fresh server.
    let restored_dir = tempfile::tempdir().unwrap();
    let config = common::config(&restored_dir, Options::default());
    std::fs::create_dir_all(config.database.parent().unwrap()).unwrap();
    std::fs::copy(&copy, &config.database).unwrap();
    let restored = start_with(config, restored_dir).await;

    let acked: Vec<Ack> = acks
        .lock()
        .unwrap()
        .iter()
        .filter(|a| a.placed < began)
        .copied()
        .collect();
    assert!(
        acked.len() >= 12,
        "only {} orders before the backup",
        acked.len()
    );
    let mut paid_before = 0;
    for a in &acked {
        let token = buyers[a.writer].token.clone().unwrap();
        let owner = restored.anon().with_token(&token);
        let r = owner.get(&format!("/api/v1/orders/{}", a.order)).await;
        assert_eq!(r.status(), StatusCode::OK, "order {} lost", a.order);
        let order: Order = r.json().await.unwrap();
        if a.paid.is_some_and(|t| t < began) {
            paid_before += 1;
            assert_eq!(order.status, OrderStatus::Paid, "order {}", a.order);
        } else {
            // Placed before the backup, paid while it ran or after: either state is consistent.
            assert!(
                matches!(
                    order.status,
                    OrderStatus::AwaitingPayment | OrderStatus::Paid
                ),
                "order {}: {:?}",
                a.order,
                order.status
            );
        }
    }
    assert!(
        paid_before >= 8,
        "only {paid_before} paid before the backup"
    );
}
