-- The staff's side of after-sales: notes the member never sees, and who handles a ticket.
CREATE TABLE ticket_notes (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    staff_user_id INTEGER REFERENCES users(id),
    text TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX ticket_notes_ticket ON ticket_notes(ticket_id, id);
ALTER TABLE tickets ADD COLUMN assignee_user_id INTEGER REFERENCES users(id);
