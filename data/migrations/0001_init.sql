-- The catalogue: imported from the seed files on first start, then read into frames.
CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    publisher TEXT NOT NULL,
    published TEXT NOT NULL,
    url TEXT,
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE units (
    key TEXT PRIMARY KEY,
    symbol_zh TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE categories (
    key TEXT PRIMARY KEY,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    framework_zh TEXT NOT NULL,
    framework_en TEXT NOT NULL
);

CREATE TABLE regions (
    code TEXT PRIMARY KEY,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('province', 'prefecture', 'county')),
    parent TEXT REFERENCES regions (code),
    population INTEGER,
    population_source TEXT REFERENCES sources (id)
);

CREATE TABLE indicators (
    key TEXT PRIMARY KEY,
    category TEXT NOT NULL REFERENCES categories (key),
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    kind TEXT NOT NULL,
    unit TEXT NOT NULL REFERENCES units (key),
    direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
    per_capita INTEGER NOT NULL,
    definition_zh TEXT NOT NULL,
    definition_en TEXT NOT NULL
);

CREATE TABLE honours (
    id INTEGER PRIMARY KEY,
    region TEXT NOT NULL REFERENCES regions (code),
    level TEXT NOT NULL,
    status TEXT NOT NULL,
    year INTEGER,
    title_zh TEXT NOT NULL,
    title_en TEXT NOT NULL,
    source TEXT NOT NULL REFERENCES sources (id),
    quote TEXT NOT NULL
);

CREATE TABLE practices (
    id INTEGER PRIMARY KEY,
    region TEXT NOT NULL REFERENCES regions (code),
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    summary_zh TEXT NOT NULL,
    summary_en TEXT NOT NULL,
    source TEXT NOT NULL REFERENCES sources (id),
    quote TEXT NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('admin', 'supervisor', 'editor')),
    region TEXT REFERENCES regions (code),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    CHECK ((role = 'editor') = (region IS NOT NULL))
);

-- Append-only: a correction inserts a new row and points the old one at it.
CREATE TABLE observations (
    id INTEGER PRIMARY KEY,
    region TEXT NOT NULL REFERENCES regions (code),
    indicator TEXT NOT NULL REFERENCES indicators (key),
    period TEXT NOT NULL,
    value REAL NOT NULL,
    qualifier TEXT NOT NULL,
    figure TEXT NOT NULL,
    source TEXT NOT NULL REFERENCES sources (id),
    quote TEXT NOT NULL,
    note TEXT NOT NULL,
    entered_by INTEGER REFERENCES users (id),
    entered_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    -- Deferred: the old row points at its successor before the successor is inserted.
    superseded_by INTEGER REFERENCES observations (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE UNIQUE INDEX observations_current ON observations (region, indicator, period) WHERE superseded_by IS NULL;

CREATE TABLE targets (
    id TEXT PRIMARY KEY,
    indicator TEXT NOT NULL REFERENCES indicators (key),
    scope TEXT NOT NULL REFERENCES regions (code),
    comparator TEXT NOT NULL CHECK (comparator IN ('>=', '<=', '=')),
    value REAL NOT NULL,
    period TEXT NOT NULL,
    deadline TEXT,
    set_by TEXT NOT NULL,
    document TEXT NOT NULL,
    note TEXT NOT NULL,
    source TEXT REFERENCES sources (id),
    quote TEXT NOT NULL
);

CREATE TABLE frozen_periods (
    period TEXT PRIMARY KEY,
    frozen_by INTEGER NOT NULL REFERENCES users (id),
    frozen_at TEXT NOT NULL,
    reason TEXT NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

-- The file itself is kept so the preview and the commit read exactly the same bytes.
CREATE TABLE uploads (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    file_name TEXT NOT NULL,
    bytes BLOB NOT NULL,
    uploaded_by INTEGER NOT NULL REFERENCES users (id),
    uploaded_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'committed', 'discarded')),
    applied INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id),
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    region TEXT,
    before TEXT,
    after TEXT,
    reason TEXT NOT NULL
);
CREATE INDEX audit_at ON audit (at);
