//! The catalogue tables: written once from the seed, read whole into a snapshot.

use super::{audit, observations, targets};
use crate::{
    dataset::Tables,
    lang::Text,
    model::{
        Category, Direction, Honour, HonourLevel, HonourStatus, Indicator, IndicatorKind, Level, Population, Practice,
        Region, Source, Unit,
    },
    store::{Actor, StoreError, change, decode},
};
use postgres::{GenericClient, Row, Transaction};

pub(super) fn import(tx: &mut Transaction, t: &Tables) -> Result<(), StoreError> {
    for s in &t.sources {
        insert_source(tx, s)?;
    }
    for u in &t.units {
        tx.execute(
            "INSERT INTO units (key, symbol_zh, name_en) VALUES ($1, $2, $3)",
            &[&u.key, &u.symbol.zh, &u.symbol.en],
        )?;
    }
    for c in &t.categories {
        tx.execute(
            "INSERT INTO categories (key, name_zh, name_en, framework_zh, framework_en) VALUES ($1, $2, $3, $4, $5)",
            &[&c.key, &c.name.zh, &c.name.en, &c.framework.zh, &c.framework.en],
        )?;
    }
    for r in &t.regions {
        let (residents, source) = r.population.as_ref().map(|p| (p.residents as i64, &p.source)).unzip();
        tx.execute(
            "INSERT INTO regions (code, name_zh, name_en, level, parent, population, population_source)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            &[&r.code, &r.name.zh, &r.name.en, &r.level.key(), &r.parent, &residents, &source],
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
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            &[&h.region, &level, &status, &h.year.map(i32::from), &h.title.zh, &h.title.en, &h.source, &h.quote],
        )?;
    }
    for p in &t.practices {
        tx.execute(
            "INSERT INTO practices (region, name_zh, name_en, summary_zh, summary_en, source, quote)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            &[&p.region, &p.name.zh, &p.name.en, &p.summary.zh, &p.summary.en, &p.source, &p.quote],
        )?;
    }
    observations::import(tx, &t.observations)?;
    if t.synthetic {
        tx.execute("INSERT INTO meta VALUES ('synthetic', '1')", &[])?;
    }
    for target in &t.targets {
        targets::insert(tx, target)?;
    }
    // Statistics now, not when autovacuum gets round to it: without them the planner sorts a
    // snapshot's millions of figures instead of reading them in id order (5.5 s → 4.2 s at
    // national size).
    tx.batch_execute("ANALYZE observations")?;
    Ok(())
}

fn insert_source(tx: &mut Transaction, s: &Source) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO sources (id, title, publisher, published, url, note) VALUES ($1, $2, $3, $4, $5, $6)",
        &[&s.id, &s.title, &s.publisher, &s.published, &s.url, &s.note],
    )?;
    Ok(())
}

fn insert_indicator(tx: &mut Transaction, i: &Indicator) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO indicators (key, category, name_zh, name_en, kind, unit, direction, per_capita, definition_zh,
             definition_en)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        &[
            &i.key,
            &i.category,
            &i.name.zh,
            &i.name.en,
            &i.kind.key(),
            &i.unit,
            &i.direction.key(),
            &i.per_capita,
            &i.definition.zh,
            &i.definition.en,
        ],
    )?;
    Ok(())
}

pub(super) fn add_source(tx: &mut Transaction, actor: &Actor, s: &Source, reason: &str) -> Result<(), StoreError> {
    let exists: bool = tx.query_one("SELECT EXISTS (SELECT 1 FROM sources WHERE id = $1)", &[&s.id])?.try_get(0)?;
    if exists {
        return Err(StoreError::Conflict(format!("source {} exists", s.id)));
    }
    insert_source(tx, s)?;
    let entity = format!("source {}", s.id);
    let after = Some(change::source_json(s));
    audit::record(
        tx,
        Some(actor),
        audit::Change { action: "source.add", entity, region: None, before: None, after, reason },
    )
}

pub(super) fn add_indicator(
    tx: &mut Transaction,
    actor: &Actor,
    i: &Indicator,
    reason: &str,
) -> Result<(), StoreError> {
    let exists: bool =
        tx.query_one("SELECT EXISTS (SELECT 1 FROM indicators WHERE key = $1)", &[&i.key])?.try_get(0)?;
    if exists {
        return Err(StoreError::Conflict(format!("indicator {} exists", i.key)));
    }
    insert_indicator(tx, i)?;
    let entity = format!("indicator {}", i.key);
    let after = Some(change::indicator_json(i));
    let change = audit::Change { action: "indicator.add", entity, region: None, before: None, after, reason };
    audit::record(tx, Some(actor), change)
}

/// Every table but the figures, which [`observations::current`] reads; each in the order its
/// rows were inserted, as SQLite's rowid orders them.
pub(super) fn snapshot(c: &mut impl GenericClient) -> Result<Tables, StoreError> {
    Ok(Tables {
        sources: all(c, "SELECT id, title, publisher, published, url, note FROM sources ORDER BY ord", |r| {
            Ok(Source {
                id: r.try_get(0)?,
                title: r.try_get(1)?,
                publisher: r.try_get(2)?,
                published: r.try_get(3)?,
                url: r.try_get(4)?,
                note: r.try_get(5)?,
            })
        })?,
        units: all(c, "SELECT key, symbol_zh, name_en FROM units ORDER BY ord", |r| {
            Ok(Unit { key: r.try_get(0)?, symbol: text(r, 1)? })
        })?,
        categories: all(
            c,
            "SELECT key, name_zh, name_en, framework_zh, framework_en FROM categories ORDER BY ord",
            |r| Ok(Category { key: r.try_get(0)?, name: text(r, 1)?, framework: text(r, 3)? }),
        )?,
        regions: all(
            c,
            "SELECT code, name_zh, name_en, level, parent, population, population_source FROM regions ORDER BY ord",
            region,
        )?,
        indicators: all(
            c,
            "SELECT key, category, name_zh, name_en, kind, unit, direction, per_capita, definition_zh, definition_en
             FROM indicators ORDER BY ord",
            indicator,
        )?,
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
                    region: r.try_get(0)?,
                    name: text(r, 1)?,
                    summary: text(r, 3)?,
                    source: r.try_get(5)?,
                    quote: r.try_get(6)?,
                })
            },
        )?,
        targets: targets::all(c)?,
        synthetic: c
            .query_one("SELECT EXISTS (SELECT 1 FROM meta WHERE key = 'synthetic' AND value = '1')", &[])?
            .try_get(0)?,
    })
}

/// Runs `sql` and maps every row.
pub(super) fn all<T>(
    c: &mut impl GenericClient,
    sql: &str,
    map: impl FnMut(&Row) -> Result<T, StoreError>,
) -> Result<Vec<T>, StoreError> {
    c.query(sql, &[])?.iter().map(map).collect()
}

pub(super) fn text(r: &Row, zh: usize) -> Result<Text, StoreError> {
    Ok(Text::new(r.try_get::<_, String>(zh)?, r.try_get::<_, String>(zh + 1)?))
}

/// Parses a stored key with the model's parser; a value it cannot read is
/// [`StoreError::Corrupt`].
pub(super) fn parsed<T>(r: &Row, index: usize, parse: impl Fn(&str) -> Option<T>) -> Result<T, StoreError> {
    decode::parsed(index, r.try_get(index)?, parse).map_err(|bad| StoreError::Corrupt(bad.to_string()))
}

fn region(r: &Row) -> Result<Region, StoreError> {
    let residents: Option<i64> = r.try_get(5)?;
    let source: Option<String> = r.try_get(6)?;
    let population = residents.zip(source).map(|(n, source)| Population { residents: n as u64, source });
    Ok(Region {
        code: r.try_get(0)?,
        name: text(r, 1)?,
        level: parsed(r, 3, Level::parse)?,
        parent: r.try_get(4)?,
        population,
    })
}

fn indicator(r: &Row) -> Result<Indicator, StoreError> {
    Ok(Indicator {
        key: r.try_get(0)?,
        category: r.try_get(1)?,
        name: text(r, 2)?,
        kind: parsed(r, 4, IndicatorKind::parse)?,
        unit: r.try_get(5)?,
        direction: parsed(r, 6, Direction::parse)?,
        per_capita: r.try_get(7)?,
        definition: text(r, 8)?,
    })
}

fn honour(r: &Row) -> Result<Honour, StoreError> {
    let year: Option<i32> = r.try_get(3)?;
    Ok(Honour {
        region: r.try_get(0)?,
        level: parsed(r, 1, HonourLevel::parse)?,
        status: parsed(r, 2, HonourStatus::parse)?,
        year: year.map(|y| u16::try_from(y).map_err(|_| StoreError::Corrupt(format!("year {y}")))).transpose()?,
        title: text(r, 4)?,
        source: r.try_get(6)?,
        quote: r.try_get(7)?,
    })
}
