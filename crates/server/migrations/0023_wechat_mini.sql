-- Inside the organizer's Mini Program (issue 31): the Mini Program's own openid for a person,
-- the unionid that makes one member of the same person signed in through the official account
-- and the Mini Program, and the one-use tickets the host hands to its web-view (kept as hashes,
-- like session tokens: a stolen database signs nobody in).
ALTER TABLE users ADD COLUMN wechat_mini_openid TEXT;
ALTER TABLE users ADD COLUMN wechat_unionid TEXT;
CREATE UNIQUE INDEX users_wechat_mini ON users(wechat_mini_openid) WHERE wechat_mini_openid IS NOT NULL;
CREATE UNIQUE INDEX users_wechat_union ON users(wechat_unionid) WHERE wechat_unionid IS NOT NULL;
CREATE TABLE wechat_tickets (
    hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL
);
