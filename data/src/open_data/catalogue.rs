//! The reference tables: regions, indicators, sources and honours.

use super::{Cell, Table};
use crate::dataset::Dataset;
use std::collections::HashMap;

pub const REGION_COLUMNS: &[&str] =
    &["code", "name_zh", "name_en", "level", "parent", "residents", "population_source"];

/// Every region, province first, in GB/T 2260 order as stored.
pub fn regions(data: &Dataset) -> Table {
    let mut table = Table::new(REGION_COLUMNS);
    for r in data.regions() {
        let population = r.population.as_ref();
        table.push(vec![
            Cell::text(&r.code),
            Cell::text(&r.name.zh),
            Cell::text(&r.name.en),
            Cell::text(r.level.key()),
            r.parent.as_deref().map_or(Cell::Null, Cell::text),
            population.map_or(Cell::Null, |p| Cell::Integer(i64::try_from(p.residents).unwrap_or(i64::MAX))),
            population.map_or(Cell::Null, |p| Cell::text(&p.source)),
        ]);
    }
    table
}

pub const INDICATOR_COLUMNS: &[&str] = &[
    "key",
    "category",
    "category_name_zh",
    "category_name_en",
    "name_zh",
    "name_en",
    "kind",
    "unit",
    "direction",
    "per_capita",
    "definition_zh",
    "definition_en",
];

pub fn indicators(data: &Dataset) -> Table {
    let mut table = Table::new(INDICATOR_COLUMNS);
    for i in data.indicators() {
        let category = data.category(&i.category);
        table.push(vec![
            Cell::text(&i.key),
            Cell::text(&i.category),
            category.map_or(Cell::Null, |c| Cell::text(&c.name.zh)),
            category.map_or(Cell::Null, |c| Cell::text(&c.name.en)),
            Cell::text(&i.name.zh),
            Cell::text(&i.name.en),
            Cell::text(i.kind.key()),
            Cell::text(&i.unit),
            Cell::text(i.direction.key()),
            Cell::Bool(i.per_capita),
            Cell::text(&i.definition.zh),
            Cell::text(&i.definition.en),
        ]);
    }
    table
}

pub const SOURCE_COLUMNS: &[&str] = &["id", "title", "publisher", "published", "url", "note", "figures"];

/// Every source, with how many current figures are taken from it.
pub fn sources(data: &Dataset) -> Table {
    let mut figures: HashMap<&str, i64> = HashMap::new();
    for o in data.observations() {
        *figures.entry(o.provenance.source.as_str()).or_default() += 1;
    }
    let mut table = Table::new(SOURCE_COLUMNS);
    for s in data.sources() {
        table.push(vec![
            Cell::text(&s.id),
            Cell::text(&s.title),
            Cell::text(&s.publisher),
            Cell::text(&s.published),
            s.url.as_deref().map_or(Cell::Null, Cell::text),
            Cell::optional(&s.note),
            Cell::Integer(figures.get(s.id.as_str()).copied().unwrap_or(0)),
        ]);
    }
    table
}

pub const HONOUR_COLUMNS: &[&str] = &[
    "region",
    "region_name_zh",
    "region_name_en",
    "level",
    "status",
    "year",
    "title_zh",
    "title_en",
    "source",
    "quote",
];

/// Honours, optionally of one region.
pub fn honours(data: &Dataset, region: Option<&str>) -> Table {
    let mut table = Table::new(HONOUR_COLUMNS);
    for h in data.honours().iter().filter(|h| region.is_none_or(|r| r == h.region)) {
        let name = data.region(&h.region).map(|r| &r.name);
        table.push(vec![
            Cell::text(&h.region),
            name.map_or(Cell::Null, |n| Cell::text(&n.zh)),
            name.map_or(Cell::Null, |n| Cell::text(&n.en)),
            Cell::text(h.level.key()),
            Cell::text(h.status.key()),
            h.year.map_or(Cell::Null, |y| Cell::Integer(y.into())),
            Cell::text(&h.title.zh),
            Cell::text(&h.title.en),
            Cell::text(&h.source),
            Cell::text(&h.quote),
        ]);
    }
    table
}
