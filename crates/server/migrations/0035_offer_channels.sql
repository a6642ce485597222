-- What campaigns read of each member's preferences, kept from `prefs_json` by triggers so an
-- audience of 100,000 is counted without parsing every member's JSON: the channels chosen for
-- offers (`,in_app,wechat,`) and the weekly offer cap.
ALTER TABLE notification_prefs ADD COLUMN offer_channels TEXT;
ALTER TABLE notification_prefs ADD COLUMN weekly_cap INTEGER;
CREATE VIEW notification_offer_source AS
SELECT np.user_id,
    (SELECT ',' || group_concat(c.value, ',') || ',' FROM json_each(np.prefs_json, '$.kinds') k,
        json_each(k.value, '$.channels') c WHERE json_extract(k.value, '$.kind') = 'offers')
        AS offer_channels,
    json_extract(np.prefs_json, '$.weekly_offer_cap') AS weekly_cap
FROM notification_prefs np;
UPDATE notification_prefs SET
    offer_channels = (SELECT s.offer_channels FROM notification_offer_source s WHERE s.user_id = notification_prefs.user_id),
    weekly_cap = (SELECT s.weekly_cap FROM notification_offer_source s WHERE s.user_id = notification_prefs.user_id);
CREATE TRIGGER notification_offers_insert AFTER INSERT ON notification_prefs
BEGIN
    UPDATE notification_prefs SET
        offer_channels = (SELECT s.offer_channels FROM notification_offer_source s WHERE s.user_id = NEW.user_id),
        weekly_cap = (SELECT s.weekly_cap FROM notification_offer_source s WHERE s.user_id = NEW.user_id)
    WHERE user_id = NEW.user_id;
END;
CREATE TRIGGER notification_offers_update AFTER UPDATE OF prefs_json ON notification_prefs
BEGIN
    UPDATE notification_prefs SET
        offer_channels = (SELECT s.offer_channels FROM notification_offer_source s WHERE s.user_id = NEW.user_id),
        weekly_cap = (SELECT s.weekly_cap FROM notification_offer_source s WHERE s.user_id = NEW.user_id)
    WHERE user_id = NEW.user_id;
END;
-- Members who placed an order recently, found by time (strong intent, large buyers).
CREATE INDEX IF NOT EXISTS orders_placed ON orders(placed_at);
-- The few accounts signed out everywhere, found without reading every account.
CREATE INDEX users_signed_out ON users(signed_out_at) WHERE signed_out_at IS NOT NULL;
