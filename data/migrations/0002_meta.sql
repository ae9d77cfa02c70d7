-- Facts about the store itself. `synthetic` = '1' marks a generated dataset (`server gen`):
-- pages say so, and it is never imported into nor mixed with real data.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
