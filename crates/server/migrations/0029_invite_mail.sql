-- An invite's mail names its invite: once the invite is accepted, revoked or expired, the link
-- (which carries the token) is removed from the message, so the outbox holds no live token.
ALTER TABLE mail_outbox ADD COLUMN invite_id INTEGER REFERENCES team_invites(id);
