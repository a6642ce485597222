//! The booth's team (`/exhibitor/team`, owners only): who is on it in which role, invites by
//! email or by a QR code a colleague scans at the booth, waiting invites to revoke. The backend
//! decides; a refusal (the last owner) is said in words and changes nothing.

use expocx_contract::{
    CreatedInvite, ErrorCode, InviteState, NewInvite, StaffRole, Team, TeamInvite, TeamMember,
};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{Api, ApiError};
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::portal::PortalNav;
use crate::components::qr::QrCode;
use crate::components::resource::Res;
use crate::format;
use crate::i18n::lazy::error_message;
use crate::i18n::team::role_name;
use crate::i18n::team::team::*;
use crate::i18n::{fill, pick, tr3, use_i18n, Text};

/// What the last action on the team came to, in words for the status line.
#[derive(Clone)]
enum Outcome {
    Said(&'static Text, Vec<(&'static str, String)>),
    Failed(ApiError),
}

/// A refusal the team page knows how to say.
fn refusal(e: &ApiError) -> Option<&'static Text> {
    match e.problem()?.code {
        ErrorCode::LastOwner => Some(&LAST_OWNER),
        ErrorCode::LimitReached => Some(&TOO_MANY),
        ErrorCode::ValidationFailed => Some(&BAD_EMAIL),
        _ => None,
    }
}

#[component]
pub fn TeamPage() -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let team = Res::new(move || async move { api.team().await });
    let outcome = RwSignal::new(None::<Outcome>);
    let shown_qr = RwSignal::new(None::<(CreatedInvite, String)>);
    let done = move |o: Outcome| {
        outcome.set(Some(o));
        team.refetch();
    };
    let status = move || {
        outcome.get().map(|o| match o {
            Outcome::Said(t, args) => {
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                fill(pick(t, i18n.lang.get()), &args)
            }
            Outcome::Failed(e) => match refusal(&e) {
                Some(t) => pick(t, i18n.lang.get()).to_string(),
                None => error_message(&e, i18n.t()),
            },
        })
    };
    view! {
        <h1>{tr3(&TEAM)}</h1>
        <PortalNav />
        <p class="notice" role="status" aria-live="polite">{status}</p>
        <InviteForm on_done=Callback::new(done) shown_qr=shown_qr />
        {move || shown_qr.get().map(|(created, link)| view! { <InviteQr created=created link=link shown=shown_qr /> })}
        <Loaded resource=team fallback=|| view! { <BlockSkeleton /> }
            ok=move |t: Team| view! {
                <section class="panel" aria-labelledby="members-h">
                    <h2 id="members-h">{tr3(&MEMBERS)}</h2>
                    <ul class="team-list">
                        {t.members.into_iter().map(|m| view! { <MemberRow member=m on_done=Callback::new(done) /> }).collect_view()}
                    </ul>
                </section>
                <section class="panel" aria-labelledby="invites-h">
                    <h2 id="invites-h">{tr3(&WAITING)}</h2>
                    {if t.invites.is_empty() {
                        view! { <p class="empty">{tr3(&NO_INVITES)}</p> }.into_any()
                    } else {
                        view! { <ul class="team-list">
                            {t.invites.into_iter().map(|i| view! { <InviteRow invite=i on_done=Callback::new(done) /> }).collect_view()}
                        </ul> }.into_any()
                    }}
                </section>
            }
        />
    }
}

/// A role picker whose options say what each role may do.
fn role_options(selected: StaffRole) -> impl IntoView {
    StaffRole::ALL
        .into_iter()
        .map(|r| {
            let value = r.as_str();
            view! { <option value=value selected=r == selected>{tr3(role_name(r))}</option> }
        })
        .collect_view()
}

#[component]
fn InviteForm(
    on_done: Callback<Outcome>,
    shown_qr: RwSignal<Option<(CreatedInvite, String)>>,
) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let role = RwSignal::new(StaffRole::Booth);
    let email = RwSignal::new(String::new());
    let missing = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let send = move |by_mail: bool| {
        let address = email.get_untracked().trim().to_string();
        missing.set(by_mail && address.is_empty());
        if missing.get_untracked() || busy.get_untracked() {
            return;
        }
        let req = NewInvite {
            role: role.get_untracked(),
            email: by_mail.then_some(address.clone()),
        };
        if !req.validate().is_empty() {
            on_done.run(Outcome::Said(&BAD_EMAIL, Vec::new()));
            return;
        }
        busy.set(true);
        spawn_local(async move {
            match api.invite(&req).await {
                Ok(created) => {
                    if let Some(path) = created.link.clone() {
                        let origin = web_sys::window()
                            .and_then(|w| w.location().origin().ok())
                            .unwrap_or_default();
                        shown_qr.set(Some((created, format!("{origin}{path}"))));
                        on_done.run(Outcome::Said(&QR_READY, Vec::new()));
                    } else {
                        // Only the address is kept from the form: the next invite starts clean.
                        email.set(String::new());
                        on_done.run(Outcome::Said(&SENT, vec![("email", address)]));
                    }
                }
                Err(e) => on_done.run(Outcome::Failed(e)),
            }
            busy.set(false);
        });
    };
    let role_hint = move || {
        pick(
            match role.get() {
                StaffRole::Owner => &OWNER_CAN,
                StaffRole::Manager => &MANAGER_CAN,
                StaffRole::Booth => &BOOTH_CAN,
            },
            i18n.lang.get(),
        )
    };
    view! {
        <section class="panel" aria-labelledby="invite-h">
            <h2 id="invite-h">{tr3(&INVITE)}</h2>
            <p class="muted">{tr3(&INVITE_HINT)}</p>
            <div class="field">
                <label for="invite-role">{tr3(&ROLE)}</label>
                <select id="invite-role" aria-describedby="invite-role-hint"
                    on:change=move |ev| role.set(StaffRole::parse(&event_target_value(&ev)).unwrap_or(StaffRole::Booth))>
                    {role_options(StaffRole::Booth)}
                </select>
                <p id="invite-role-hint" class="muted">{role_hint}</p>
            </div>
            <div class="field">
                <label for="invite-email">{tr3(&INVITE_EMAIL)}</label>
                <input id="invite-email" type="email" autocomplete="off" maxlength="254" bind:value=email
                    aria-invalid=move || missing.get().then_some("true") />
                {move || missing.get().then(|| view! { <p class="error-text" role="alert">{tr3(&NEED_EMAIL)}</p> })}
            </div>
            <div class="actions">
                <button type="button" class="btn btn-primary" disabled=move || busy.get() on:click=move |_| send(true)>{tr3(&SEND)}</button>
                <button type="button" class="btn" disabled=move || busy.get() on:click=move |_| send(false)>{tr3(&SHOW_QR)}</button>
            </div>
        </section>
    }
}

#[component]
fn InviteQr(
    created: CreatedInvite,
    link: String,
    shown: RwSignal<Option<(CreatedInvite, String)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let role = created.invite.role;
    let until = created.invite.expires_at;
    view! {
        <section class="panel invite-qr" aria-labelledby="qr-h">
            <h2 id="qr-h">{tr3(&QR_LABEL)}</h2>
            <p>{move || fill(pick(&SCAN_TO_JOIN, i18n.lang.get()), &[("role", pick(role_name(role), i18n.lang.get()))])}</p>
            <QrCode text=link.clone() label=Signal::derive(move || pick(&QR_LABEL, i18n.lang.get()).to_string()) />
            <p class="muted">{move || fill(pick(&UNTIL, i18n.lang.get()), &[("when", &format::date_time(until, i18n.lang.get()))])}</p>
            <p>{tr3(&OR_LINK)} " " <a class="invite-link" href=link.clone()>{link.clone()}</a></p>
            <button type="button" class="btn" on:click=move |_| shown.set(None)>{tr3(&DONE)}</button>
        </section>
    }
}

#[component]
fn MemberRow(member: TeamMember, on_done: Callback<Outcome>) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let asking = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let TeamMember {
        user_id,
        name,
        email,
        role,
        you,
    } = member;
    let id = format!("role-{user_id}");
    let set_role = move |ev: leptos::ev::Event| {
        let Some(to) = StaffRole::parse(&event_target_value(&ev)) else {
            return;
        };
        busy.set(true);
        spawn_local(async move {
            match api.change_role(user_id, to).await {
                Ok(m) => on_done.run(Outcome::Said(
                    &ROLE_SAVED,
                    vec![
                        ("name", m.name),
                        (
                            "role",
                            pick(role_name(m.role), i18n.lang.get_untracked()).to_string(),
                        ),
                    ],
                )),
                Err(e) => on_done.run(Outcome::Failed(e)),
            }
            busy.set(false);
        });
    };
    let who = name.clone();
    let remove = move |_| {
        let who = who.clone();
        busy.set(true);
        spawn_local(async move {
            match api.remove_member(user_id).await {
                Ok(()) => on_done.run(Outcome::Said(&REMOVED, vec![("name", who)])),
                Err(e) => on_done.run(Outcome::Failed(e)),
            }
            busy.set(false);
            asking.set(false);
        });
    };
    let label_name = name.clone();
    let confirm_name = name.clone();
    view! {
        <li class="team-row">
            <div>
                <strong>{name.clone()}</strong>{you.then(|| tr3(&YOU))}
                <br /><span class="muted">{email}</span>
            </div>
            <div class="team-actions">
                <label class="visually-hidden" for=id.clone()>{move || fill(pick(&ROLE_OF, i18n.lang.get()), &[("name", &label_name)])}</label>
                <select id=id disabled=move || busy.get() on:change=set_role>{role_options(role)}</select>
                <button type="button" class="btn" disabled=move || busy.get() aria-expanded=move || asking.get().to_string()
                    on:click=move |_| asking.set(true)>{tr3(&REMOVE)}</button>
            </div>
            {move || asking.get().then(|| {
                let confirm_name = confirm_name.clone();
                view! {
                    <div class="confirm" role="group">
                        <p>{move || fill(pick(&REMOVE_CONFIRM, i18n.lang.get()), &[("name", &confirm_name)])}</p>
                        <button type="button" class="btn btn-danger" disabled=move || busy.get() on:click=remove.clone()>{tr3(&REMOVE)}</button>
                        <button type="button" class="btn" on:click=move |_| asking.set(false)>{tr3(&KEEP)}</button>
                    </div>
                }
            })}
        </li>
    }
}

#[component]
fn InviteRow(invite: TeamInvite, on_done: Callback<Outcome>) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let busy = RwSignal::new(false);
    let TeamInvite {
        id,
        role,
        email,
        expires_at,
        state,
        ..
    } = invite;
    let revoke = move |_| {
        busy.set(true);
        spawn_local(async move {
            match api.revoke_invite(id).await {
                Ok(()) => on_done.run(Outcome::Said(&REVOKED, Vec::new())),
                Err(e) => on_done.run(Outcome::Failed(e)),
            }
            busy.set(false);
        });
    };
    view! {
        <li class="team-row">
            <div>
                <strong>{match email { Some(e) => e.into_any(), None => tr3(&BY_QR).into_any() }}</strong>
                " · " {tr3(role_name(role))}
                <br /><span class="muted">{move || fill(pick(&UNTIL, i18n.lang.get()), &[("when", &format::date_time(expires_at, i18n.lang.get()))])}</span>
            </div>
            {(state == InviteState::Pending).then(|| view! {
                <button type="button" class="btn" disabled=move || busy.get() on:click=revoke>{tr3(&REVOKE)}</button>
            })}
        </li>
    }
}
