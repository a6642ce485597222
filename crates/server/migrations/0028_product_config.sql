-- Configurable products for trade buyers (issue 24): a product's configuration model (option
-- groups, rules, price breaks, minimum quantity) as JSON, checked by the contract's
-- `configure` module before it is stored. NULL: a retail product.
ALTER TABLE products ADD COLUMN config_json TEXT;
