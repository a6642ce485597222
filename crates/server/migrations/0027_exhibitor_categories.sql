-- The categories an exhibitor shows (issue 33): the organizer's import sets them, replacing an
-- exhibitor's list with the one in its row.
CREATE TABLE exhibitor_categories (
    exhibitor_id INTEGER NOT NULL REFERENCES exhibitors(id),
    category_id INTEGER NOT NULL REFERENCES categories(id),
    PRIMARY KEY (exhibitor_id, category_id)
) WITHOUT ROWID;
CREATE INDEX exhibitor_categories_category ON exhibitor_categories(category_id);
