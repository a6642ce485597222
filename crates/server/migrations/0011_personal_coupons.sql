-- Personal coupons live with the public ones: owned by one member, used once.
ALTER TABLE coupons ADD COLUMN owner_user_id INTEGER REFERENCES users(id);
ALTER TABLE coupons ADD COLUMN used_by_order INTEGER REFERENCES orders(id);
ALTER TABLE coupons ADD COLUMN created_at TEXT;
CREATE INDEX coupons_owner ON coupons(owner_user_id, created_at);
