-- Sign-in with WeChat: the WeChat account (openid) of a member, and the one-use states of
-- sign-ins under way.
ALTER TABLE users ADD COLUMN wechat_openid TEXT;
CREATE UNIQUE INDEX users_wechat ON users(wechat_openid) WHERE wechat_openid IS NOT NULL;
CREATE TABLE wechat_states (
    state TEXT PRIMARY KEY,
    scope TEXT NOT NULL,
    next TEXT NOT NULL,
    created_at TEXT NOT NULL
);
