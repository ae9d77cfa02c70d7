//! The catalogue tables: written once from the seed, read whole into a snapshot.

use super::{audit, observations, targets};
use crate::{
    dataset::Tables,
    lang::Text,
    model::{
        Category, Direction, Honour, HonourLevel, HonourStatus, Indicator, IndicatorKind, Level, Population, Practice,
        Region, Source, Unit,
    },
    store::{Actor, StoreError, change},
};
use rusqlite::{Connection, Row, Transaction, params};

pub(super) fn import(tx: &Transaction, t: &Tables) -> Result<(), StoreError> {
    for s in &t.sources {
        insert_source(tx, s)?;
    }
    for u in &t.units {
        tx.execute("INSERT INTO units VALUES (?1, ?2, ?3)", params![u.key, u.symbol.zh, u.symbol.en])?;
    }
    for c in &t.categories {
        tx.execute(
            "INSERT INTO categories VALUES (?1, ?2, ?3, ?4, ?5)",
            params![c.key, c.name.zh, c.name.en, c.framework.zh, c.framework.en],
        )?;
    }
    for r in &t.regions {
        let (residents, source) = r.population.as_ref().map(|p| (p.residents as i64, &p.source)).unzip();
        tx.execute(
            "INSERT INTO regions VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![r.code, r.name.zh, r.name.en, r.level.key(), r.parent, residents, source],
        )?;
    }
    for i in &t.indicators {
        insert_indicator(tx, i)?;
    }
    for h in &t.honours {
        let level = match h.level {
            HonourLevel::National => "national",
            HonourLevel::Provincial => "provincial",
        };
        let status = match h.status {
            HonourStatus::Awarded => "awarded",
            HonourStatus::Nominated => "nominated",
        };
        tx.execute(
            "INSERT INTO honours (region, level, status, year, title_zh, title_en, source, quote)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![h.region, level, status, h.year, h.title.zh, h.title.en, h.source, h.quote],
        )?;
    }
    for p in &t.practices {
        tx.execute(
            "INSERT INTO practices (region, name_zh, name_en, summary_zh, summary_en, source, quote)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![p.region, p.name.zh, p.name.en, p.summary.zh, p.summary.en, p.source, p.quote],
        )?;
    }
    observations::import(tx, &t.observations)?;
    if t.synthetic {
        tx.execute("INSERT INTO meta VALUES ('synthetic', '1')", [])?;
    }
    for target in &t.targets {
        targets::insert(tx, target)?;
    }
    Ok(())
}

fn insert_source(tx: &Transaction, s: &Source) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO sources VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![s.id, s.title, s.publisher, s.published, s.url, s.note],
    )?;
    Ok(())
}

pub(super) fn add_source(tx: &Transaction, actor: &Actor, s: &Source, reason: &str) -> Result<(), StoreError> {
    let exists: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM sources WHERE id = ?1)", [&s.id], |r| r.get(0))?;
    if exists {
        return Err(StoreError::Conflict(format!("source {} exists", s.id)));
    }
    insert_source(tx, s)?;
    let after = change::source_json(s);
    let entity = format!("source {}", s.id);
    audit::record(
        tx,
        Some(actor),
        audit::Change { action: "source.add", entity, region: None, before: None, after: Some(after), reason },
    )
}

pub(super) fn add_indicator(tx: &Transaction, actor: &Actor, i: &Indicator, reason: &str) -> Result<(), StoreError> {
    let exists: bool =
        tx.query_row("SELECT EXISTS (SELECT 1 FROM indicators WHERE key = ?1)", [&i.key], |r| r.get(0))?;
    if exists {
        return Err(StoreError::Conflict(format!("indicator {} exists", i.key)));
    }
    insert_indicator(tx, i)?;
    let after = change::indicator_json(i);
    let entity = format!("indicator {}", i.key);
    audit::record(
        tx,
        Some(actor),
        audit::Change { action: "indicator.add", entity, region: None, before: None, after: Some(after), reason },
    )
}

/// Every table but the figures, which [`observations::current`] reads.
pub(super) fn snapshot(c: &Connection) -> Result<Tables, StoreError> {
    Ok(Tables {
        sources: all(c, "SELECT id, title, publisher, published, url, note FROM sources ORDER BY rowid", |r| {
            Ok(Source {
                id: r.get(0)?,
                title: r.get(1)?,
                publisher: r.get(2)?,
                published: r.get(3)?,
                url: r.get(4)?,
                note: r.get(5)?,
            })
        })?,
        units: all(c, "SELECT key, symbol_zh, name_en FROM units ORDER BY rowid", |r| {
            Ok(Unit { key: r.get(0)?, symbol: Text::new(r.get::<_, String>(1)?, r.get::<_, String>(2)?) })
        })?,
        categories: all(c, "SELECT * FROM categories ORDER BY rowid", |r| {
            Ok(Category { key: r.get(0)?, name: text(r, 1)?, framework: text(r, 3)? })
        })?,
        regions: all(c, "SELECT * FROM regions ORDER BY rowid", region)?,
        indicators: all(c, "SELECT * FROM indicators ORDER BY rowid", indicator)?,
        observations: Vec::new(),
        honours: all(
            c,
            "SELECT region, level, status, year, title_zh, title_en, source, quote FROM honours ORDER BY id",
            honour,
        )?,
        practices: all(
            c,
            "SELECT region, name_zh, name_en, summary_zh, summary_en, source, quote FROM practices ORDER BY id",
            |r| {
                Ok(Practice {
                    region: r.get(0)?,
                    name: text(r, 1)?,
                    summary: text(r, 3)?,
                    source: r.get(5)?,
                    quote: r.get(6)?,
                })
            },
        )?,
        targets: targets::all(c)?,
        synthetic: c.query_row(
            "SELECT EXISTS (SELECT 1 FROM meta WHERE key = 'synthetic' AND value = '1')",
            [],
            |r| r.get(0),
        )?,
    })
}

/// Runs `sql` and maps every row; a value the model cannot read becomes [`StoreError::Corrupt`].
pub(super) fn all<T>(
    c: &Connection,
    sql: &str,
    map: impl FnMut(&Row) -> rusqlite::Result<T>,
) -> Result<Vec<T>, StoreError> {
    let mut statement = c.prepare(sql)?;
    let rows = statement.query_map([], map)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(super) fn text(r: &Row, zh: usize) -> rusqlite::Result<Text> {
    Ok(Text::new(r.get::<_, String>(zh)?, r.get::<_, String>(zh + 1)?))
}

/// Parses a stored key with the model's parser.
pub(super) fn parsed<T>(r: &Row, index: usize, parse: impl Fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    let key: String = r.get(index)?;
    parse(&key).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            format!("bad value {key:?}").into(),
        )
    })
}

fn region(r: &Row) -> rusqlite::Result<Region> {
    let residents: Option<i64> = r.get(5)?;
    let source: Option<String> = r.get(6)?;
    let population = residents.zip(source).map(|(n, source)| Population { residents: n as u64, source });
    Ok(Region { code: r.get(0)?, name: text(r, 1)?, level: parsed(r, 3, Level::parse)?, parent: r.get(4)?, population })
}

fn indicator(r: &Row) -> rusqlite::Result<Indicator> {
    Ok(Indicator {
        key: r.get(0)?,
        category: r.get(1)?,
        name: text(r, 2)?,
        kind: parsed(r, 4, IndicatorKind::parse)?,
        unit: r.get(5)?,
        direction: parsed(r, 6, Direction::parse)?,
        per_capita: r.get(7)?,
        definition: text(r, 8)?,
    })
}

fn honour(r: &Row) -> rusqlite::Result<Honour> {
    Ok(Honour {
        region: r.get(0)?,
        level: parsed(r, 1, HonourLevel::parse)?,
        status: parsed(r, 2, HonourStatus::parse)?,
        year: r.get(3)?,
        title: text(r, 4)?,
        source: r.get(6)?,
        quote: r.get(7)?,
    })
}

fn insert_indicator(tx: &Transaction, i: &Indicator) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO indicators VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            i.key,
            i.category,
            i.name.zh,
            i.name.en,
            i.kind.key(),
            i.unit,
            i.direction.key(),
            i.per_capita,
            i.definition.zh,
            i.definition.en
        ],
    )?;
    Ok(())
}
