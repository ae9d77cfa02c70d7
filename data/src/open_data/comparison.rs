//! A comparison as a table: the same ranks and values the compare page shows.

use super::{Cell, Table};
use crate::query::{Comparison, Normalisation, RankBound};

pub const COMPARISON_COLUMNS: &[&str] = &[
    "rank",
    "rank_bound",
    "region",
    "region_name_zh",
    "region_name_en",
    "value",
    "basis",
    "reported_value",
    "qualifier",
    "period",
    "unit",
    "residents",
    "source",
    "quote",
];

/// One row per region, ranked first; regions that did not report have null values and ranks.
pub fn comparison(c: &Comparison) -> Table {
    let basis = match c.normalisation {
        Normalisation::Absolute => "as_reported",
        Normalisation::PerTenThousand => "per_10000_residents",
    };
    let mut table = Table::new(COMPARISON_COLUMNS);
    for row in &c.rows {
        let o = row.observation;
        let residents = row.region.population.as_ref().map(|p| i64::try_from(p.residents).unwrap_or(i64::MAX));
        table.push(vec![
            row.rank.map_or(Cell::Null, |r| Cell::Integer(r.into())),
            o.map_or(Cell::Null, |_| Cell::text(bound_key(row.bound))),
            Cell::text(&row.region.code),
            Cell::text(&row.region.name.zh),
            Cell::text(&row.region.name.en),
            row.value.map_or(Cell::Null, Cell::Number),
            Cell::text(basis),
            o.map_or(Cell::Null, |o| Cell::Number(o.value)),
            o.map_or(Cell::Null, |o| Cell::text(o.qualifier.key())),
            o.map_or(Cell::Null, |o| Cell::text(o.period.to_string())),
            Cell::text(&c.indicator.unit),
            residents.map_or(Cell::Null, Cell::Integer),
            o.map_or(Cell::Null, |o| Cell::text(&o.provenance.source)),
            o.map_or(Cell::Null, |o| Cell::optional(&o.provenance.quote)),
        ]);
    }
    table
}

fn bound_key(bound: RankBound) -> &'static str {
    match bound {
        RankBound::Exact => "exact",
        RankBound::OrBetter => "or_better",
        RankBound::OrWorse => "or_worse",
        RankBound::Approximate => "approximate",
    }
}
