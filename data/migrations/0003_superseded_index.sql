-- A new figure is the parent of the one it supersedes (a deferred foreign key): without an
-- index every insert after a correction scanned the whole table for rows pointing at it.
CREATE INDEX observations_superseded_by ON observations (superseded_by) WHERE superseded_by IS NOT NULL;
