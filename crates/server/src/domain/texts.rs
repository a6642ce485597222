//! Every text the backend sends a person or stores for them to read, in the three languages.
//! (Messages go through `notify`; coupon descriptions are shown in the member's wallet.)

use expocx_contract::{Lang, Localized, MessageKind, Money, ReturnStatus};

use crate::db::notify::Message;

/// What happened to an order, as the member is told.
#[derive(Debug, Clone, Copy)]
pub enum OrderNews {
    Paid,
    Cancelled,
    /// An exhibitor's part waits at its booth.
    Ready,
    /// An exhibitor's part is on its way.
    Shipped,
}

/// An amount for a message (`129.00 CNY`).
pub fn money(m: &Money) -> String {
    let a = m.amount_minor;
    format!("{}.{:02} {}", a / 100, a % 100, m.currency)
}

fn message(kind: MessageKind, text: Localized, link: &str) -> Message {
    Message {
        kind,
        text,
        link: Some(link.to_string()),
    }
}

fn order_link(order_id: i64) -> String {
    format!("/orders/{order_id}")
}

/// Order `number` (`order_id`) moved on.
pub fn order_news(order_id: i64, number: &str, news: OrderNews) -> Message {
    let text = match news {
        OrderNews::Paid => Localized::new(
            &format!("订单 {number} 已付款。到展位出示自提码即可取货。"),
            &format!("訂單 {number} 已付款。到展位出示自取碼即可取貨。"),
            &format!("Order {number} is paid. Show its pickup code at the booth."),
        ),
        OrderNews::Cancelled => Localized::new(
            &format!("订单 {number} 已取消，已付款项将原路退回。"),
            &format!("訂單 {number} 已取消，已付款項將原路退回。"),
            &format!("Order {number} is cancelled; any payment is refunded."),
        ),
        OrderNews::Ready => Localized::new(
            &format!("订单 {number} 已备好，可到展位自提。"),
            &format!("訂單 {number} 已備好，可到展位自取。"),
            &format!("Order {number} is ready for pickup at the booth."),
        ),
        OrderNews::Shipped => Localized::new(
            &format!("订单 {number} 已发货。"),
            &format!("訂單 {number} 已出貨。"),
            &format!("Order {number} has been shipped."),
        ),
    };
    message(MessageKind::OrderUpdates, text, &order_link(order_id))
}

/// A booth cancelled its part of order `number` for `reason`, refunding `refund`.
pub fn part_cancelled(order_id: i64, number: &str, reason: &str, refund: &Money) -> Message {
    let amount = money(refund);
    let text = Localized::new(
        &format!("展商取消了订单 {number} 中的商品：{reason}。已退款 {amount}。"),
        &format!("展商取消了訂單 {number} 中的商品：{reason}。已退款 {amount}。"),
        &format!("The booth cancelled its items of order {number}: {reason}. Refunded {amount}."),
    );
    message(MessageKind::OrderUpdates, text, &order_link(order_id))
}

/// The abandoned-cart offer was granted.
pub fn offer(percent_off: u32) -> Message {
    let text = Localized::new(
        &format!("购物车里的商品现在可享 {percent_off}% 优惠。"),
        &format!("購物車裡的商品現在可享 {percent_off}% 優惠。"),
        &format!("The items in your cart are now {percent_off}% off."),
    );
    message(MessageKind::Offers, text, "/cart")
}

/// What a personal coupon for `category` gives.
pub fn category_coupon(category: &Localized, percent_off: u32) -> Localized {
    Localized::new(
        &format!("{}商品 {percent_off}% 优惠", category.zh_hans),
        &format!("{}商品 {percent_off}% 優惠", category.get(Lang::ZhHant)),
        &format!("{percent_off}% off {}", category.en),
    )
}

/// What the coupon bought with points gives.
pub fn points_coupon() -> Localized {
    Localized::new(
        "积分兑换：立减 5 元",
        "積分兌換：折抵 5 元",
        "Points coupon: ¥5 off",
    )
}

/// A personal coupon `code` was issued.
pub fn coupon_issued(code: &str, description: &Localized) -> Message {
    let text = Localized::new(
        &format!("你获得一张优惠券：{}（{code}）。", description.zh_hans),
        &format!(
            "你獲得一張優惠券：{}（{code}）。",
            description.get(Lang::ZhHant)
        ),
        &format!("A coupon for you: {} ({code}).", description.en),
    );
    message(MessageKind::Offers, text, "/me/coupons")
}

/// The staff answered ticket `id`.
pub fn ticket_reply(id: i64) -> Message {
    let text = Localized::new(
        &format!("工单 #{id} 有新的回复。"),
        &format!("工單 #{id} 有新的回覆。"),
        &format!("Ticket #{id} has a new reply."),
    );
    message(
        MessageKind::ServiceReplies,
        text,
        &format!("/me/tickets/{id}"),
    )
}

/// Return `id` moved to `status` (`note`: the staff's reason when declined).
pub fn return_step(id: i64, status: ReturnStatus, note: &str, refund: &Money) -> Message {
    let amount = money(refund);
    let text = match status {
        ReturnStatus::Approved => Localized::new(
            &format!("退货申请 #{id} 已批准，请按说明退回商品。"),
            &format!("退貨申請 #{id} 已核准，請依說明退回商品。"),
            &format!("Return #{id} is approved; send the items back as described."),
        ),
        ReturnStatus::Rejected => Localized::new(
            &format!("退货申请 #{id} 未通过：{note}"),
            &format!("退貨申請 #{id} 未通過：{note}"),
            &format!("Return #{id} was declined: {note}"),
        ),
        ReturnStatus::Received => Localized::new(
            &format!("退货 #{id} 的商品已收到。"),
            &format!("退貨 #{id} 的商品已收到。"),
            &format!("The items of return #{id} have arrived."),
        ),
        _ => Localized::new(
            &format!("退货 #{id} 已退款 {amount}。"),
            &format!("退貨 #{id} 已退款 {amount}。"),
            &format!("Return #{id} is refunded: {amount}."),
        ),
    };
    message(
        MessageKind::OrderUpdates,
        text,
        &format!("/me/returns/{id}"),
    )
}

/// The email inviting someone to an exhibitor's team as `role`; `link` is where they accept.
pub fn team_invite(
    exhibitor: &Localized,
    role: expocx_contract::StaffRole,
    link: &str,
) -> Localized {
    use expocx_contract::StaffRole::*;
    let (hans, hant, en) = match role {
        Owner => ("负责人", "負責人", "an owner"),
        Manager => ("经理", "經理", "a manager"),
        Booth => ("展位工作人员", "展位工作人員", "booth staff"),
    };
    let days = expocx_contract::INVITE_DAYS;
    Localized::new(
        &format!(
            "{} 邀请您以{hans}身份加入团队。{days} 天内打开 {link} 接受邀请。",
            exhibitor.zh_hans
        ),
        &format!(
            "{} 邀請您以{hant}身分加入團隊。{days} 天內打開 {link} 接受邀請。",
            exhibitor.zh_hant
        ),
        &format!(
            "{} invites you to join their team as {en}. Open {link} within {days} days to accept.",
            exhibitor.en
        ),
    )
}

/// Quote `number` can be accepted for one more day at most.
pub fn quote_expiring(number: &str) -> Localized {
    Localized::new(
        &format!("报价 {number} 将在 24 小时内到期：请及时接受或请展商更新。"),
        &format!("報價 {number} 將在 24 小時內到期：請及時接受或請展商更新。"),
        &format!(
            "Quote {number} expires within 24 hours: accept it or ask the exhibitor for a new one."
        ),
    )
}
