//! The member's expo badge: a QR code booth staff scan, saying plainly what a scan shows them
//! (the tier only, or name and contact details with the sharing consent), and a way to replace
//! the code.

use expocx_contract::Badge;
use leptos::prelude::*;

use crate::components::resource::Res;
use leptos::task::spawn_local;

use crate::api::Api;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::qr::QrCode;
use crate::i18n::{pick, tr3, tr3_attr, use_i18n, Text3};

const TITLE: Text3 = ["我的展会胸卡", "我的展會識別證", "Your expo badge"];
const LABEL: Text3 = ["展会胸卡二维码", "展會識別證 QR 碼", "Badge QR code"];
const SHARES: Text3 = [
    "展位工作人员扫码后可以看到你的姓名、邮箱、手机和公司。",
    "展位工作人員掃碼後可以看到你的姓名、電子郵件、手機和公司。",
    "Booth staff who scan it see your name, email, phone and company.",
];
const TIER_ONLY: Text3 = [
    "展位工作人员扫码后只能看到你的会员等级，看不到你是谁。",
    "展位工作人員掃碼後只能看到你的會員等級，看不到你是誰。",
    "Booth staff who scan it see only your member tier, not who you are.",
];
const CHANGE: Text3 = [
    "在隐私中心修改是否与展商分享联系方式",
    "在隱私中心修改是否與展商分享聯絡方式",
    "Change whether exhibitors get your contact details in the privacy center",
];
const RENEW: Text3 = [
    "更换二维码（旧码失效）",
    "更換 QR 碼（舊碼失效）",
    "Replace the code (the old one stops working)",
];

#[component]
pub fn BadgeCard() -> impl IntoView {
    let api = expect_context::<Api>();
    let badge = Res::new(move || async move { api.badge().await });
    let renewed = RwSignal::new(None::<Badge>);
    let renew = move |_| {
        spawn_local(async move {
            if let Ok(b) = api.renew_badge().await {
                renewed.set(Some(b));
            }
        });
    };
    view! {
        <section class="panel badge-card" aria-labelledby="badge-h">
            <h2 id="badge-h">{tr3(&TITLE)}</h2>
            <Loaded resource=badge fallback=|| view! { <BlockSkeleton /> }
                ok={move |b: Badge| view! { <BadgeView badge=b renewed=renewed /> }}
            />
            <button type="button" class="btn" on:click=renew>{tr3(&RENEW)}</button>
        </section>
    }
}

#[component]
fn BadgeView(badge: Badge, renewed: RwSignal<Option<Badge>>) -> impl IntoView {
    let i18n = use_i18n();
    let label = tr3_attr(&LABEL);
    move || {
        let b = renewed.get().unwrap_or_else(|| badge.clone());
        let note = if b.shares_contact {
            &SHARES
        } else {
            &TIER_ONLY
        };
        view! {
            <div class="pickup-code">
                <QrCode text=b.code.clone() label=Signal::derive(move || label.get().to_string()) />
            </div>
            <p>{move || pick(note, i18n.lang.get())}</p>
            <p><a href="/privacy">{tr3(&CHANGE)}</a></p>
        }
    }
}
