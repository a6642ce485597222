-- Campaigns (issue 26): an exhibitor's offer to an audience, sent over the channels each member
-- allowed, measured against a randomized holdout.
CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    exhibitor_id INTEGER NOT NULL REFERENCES exhibitors(id),
    -- The `CampaignDraft` as JSON: name, audience, offer, channels, limits.
    draft_json TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'scheduled', 'sending', 'done', 'cancelled')),
    send_at TEXT,
    started_at TEXT,
    finished_at TEXT,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX campaigns_exhibitor ON campaigns(exhibitor_id, id DESC);
CREATE INDEX campaigns_due ON campaigns(status, send_at);
-- The audience, chosen when sending starts, each member's holdout decided and recorded before
-- anything is sent. `outcome` is set in the transaction that writes the member's messages to
-- the outbox, so a restart resumes with the undecided members and never sends twice.
-- `eligible`: the guardrails would have let a message through (held-out members too, so the
-- results compare like with like).
CREATE TABLE campaign_members (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
    user_id INTEGER NOT NULL,
    held_out INTEGER NOT NULL,
    eligible INTEGER,
    outcome TEXT,
    decided_at TEXT,
    PRIMARY KEY (campaign_id, user_id)
) WITHOUT ROWID;
CREATE INDEX campaign_members_user ON campaign_members(user_id);
CREATE INDEX campaign_members_pending ON campaign_members(campaign_id, user_id) WHERE outcome IS NULL;
-- A campaign's messages: the campaign, why the member got it, and the "stop these" token (part
-- of the message, as a link in a real SMS would be).
ALTER TABLE outbox ADD COLUMN campaign_id INTEGER REFERENCES campaigns(id);
ALTER TABLE outbox ADD COLUMN why_json TEXT;
ALTER TABLE outbox ADD COLUMN stop_token TEXT;
CREATE UNIQUE INDEX outbox_stop ON outbox(stop_token) WHERE stop_token IS NOT NULL;
CREATE INDEX outbox_campaign ON outbox(campaign_id, user_id) WHERE campaign_id IS NOT NULL;
CREATE INDEX outbox_offers ON outbox(kind, created_at, user_id);
ALTER TABLE coupons ADD COLUMN campaign_id INTEGER REFERENCES campaigns(id);
ALTER TABLE coupons ADD COLUMN why_json TEXT;
CREATE INDEX coupons_campaign ON coupons(campaign_id) WHERE campaign_id IS NOT NULL;
CREATE INDEX orders_coupon ON orders(coupon_code) WHERE coupon_code IS NOT NULL;
-- Signed out everywhere: the addresses the account gave are not trusted for campaigns until it
-- signs in again.
ALTER TABLE users ADD COLUMN signed_out_at TEXT;
-- Each member's current policy-wide consent decisions, kept by a trigger on the receipts (which
-- are only ever added), so an audience of 100,000 is counted without replaying receipts.
CREATE TABLE consent_now (
    user_id INTEGER NOT NULL,
    purpose TEXT NOT NULL,
    granted INTEGER NOT NULL,
    PRIMARY KEY (user_id, purpose)
) WITHOUT ROWID;
CREATE INDEX consent_now_purpose ON consent_now(purpose, granted, user_id);
CREATE TABLE consent_answered (
    user_id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL
);
INSERT INTO consent_now (user_id, purpose, granted)
SELECT user_id, purpose, granted FROM (
    SELECT user_id, purpose, granted, MAX(seq) FROM consent_receipts
    WHERE user_id IS NOT NULL AND exhibitor_id IS NULL GROUP BY user_id, purpose);
INSERT INTO consent_answered (user_id, version)
SELECT user_id, MAX(policy_version) FROM consent_receipts
WHERE user_id IS NOT NULL AND exhibitor_id IS NULL GROUP BY user_id;
CREATE TRIGGER consent_now_receipt AFTER INSERT ON consent_receipts
WHEN NEW.user_id IS NOT NULL AND NEW.exhibitor_id IS NULL
BEGIN
    INSERT INTO consent_now (user_id, purpose, granted) VALUES (NEW.user_id, NEW.purpose, NEW.granted)
        ON CONFLICT (user_id, purpose) DO UPDATE SET granted = excluded.granted;
    INSERT INTO consent_answered (user_id, version) VALUES (NEW.user_id, NEW.policy_version)
        ON CONFLICT (user_id) DO UPDATE SET version = MAX(version, excluded.version);
END;
CREATE TRIGGER consent_now_erased AFTER DELETE ON consent_receipts WHEN OLD.user_id IS NOT NULL
BEGIN
    DELETE FROM consent_now WHERE user_id = OLD.user_id;
    DELETE FROM consent_answered WHERE user_id = OLD.user_id;
END;
