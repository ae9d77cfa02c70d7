-- Security events (logins, uploads received or discarded) go into the audit trail but change
-- no published figure: the store's version counts only the entries that do (data = 1), so a
-- login does not make every page new.
ALTER TABLE audit ADD COLUMN data INTEGER NOT NULL DEFAULT 1;
CREATE INDEX audit_data ON audit (data, id);

-- A session ends after a while unused as well as at its expiry.
ALTER TABLE sessions ADD COLUMN last_seen TEXT NOT NULL DEFAULT '';
UPDATE sessions SET last_seen = created_at;

-- A refused office form, kept with its session (not in a redirect's URL, where the figures it
-- holds would end up in logs and browser history) until the form is shown again.
ALTER TABLE sessions ADD COLUMN draft TEXT;
