-- After-sales service: tickets, their conversation and photos.
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    exhibitor_id INTEGER REFERENCES exhibitors(id),
    order_id INTEGER REFERENCES orders(id),
    category TEXT NOT NULL,
    subject TEXT NOT NULL,
    status TEXT NOT NULL,
    respond_by TEXT NOT NULL,
    first_answer_at TEXT,
    rating_score INTEGER,
    rating_comment TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX tickets_user ON tickets(user_id, id);
CREATE INDEX tickets_queue ON tickets(exhibitor_id, status, respond_by);
CREATE TABLE ticket_messages (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id),
    -- The ticket's member (whose personal data the conversation is).
    user_id INTEGER NOT NULL REFERENCES users(id),
    author TEXT NOT NULL,
    staff_user_id INTEGER REFERENCES users(id),
    text TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX ticket_messages_ticket ON ticket_messages(ticket_id, id);
CREATE TABLE photos (
    id TEXT PRIMARY KEY,
    -- Who uploaded it; once attached, the member whose ticket it belongs to.
    user_id INTEGER NOT NULL REFERENCES users(id),
    uploaded_by INTEGER NOT NULL,
    message_id INTEGER REFERENCES ticket_messages(id),
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX photos_message ON photos(message_id);
