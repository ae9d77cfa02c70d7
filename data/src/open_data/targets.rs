//! Targets and where each region stands against them, by the board's rules.

use super::{Cell, Table};
use crate::{
    dataset::Dataset,
    supervision::{BoardFilter, BoardSort, board},
};
use chrono::NaiveDate;

pub const TARGET_COLUMNS: &[&str] = &[
    "target",
    "indicator",
    "indicator_name_zh",
    "indicator_name_en",
    "region",
    "region_name_zh",
    "region_name_en",
    "comparator",
    "target_value",
    "unit",
    "target_period",
    "deadline",
    "set_by",
    "document",
    "derived",
    "derivation_zh",
    "derivation_en",
    "status",
    "overdue",
    "figure_period",
    "figure_value",
    "qualifier",
    "compared_with",
    "gap",
];

/// One row per target and region it applies to (those `filter` keeps), by region then target.
pub fn targets(data: &Dataset, filter: &BoardFilter, today: NaiveDate) -> Table {
    let filter = BoardFilter { sort: BoardSort::Region, ..filter.clone() };
    let mut table = Table::new(TARGET_COLUMNS);
    for row in board(data, &filter, today) {
        let t = &row.target;
        let a = &row.assessment;
        let indicator = data.indicator(&t.indicator);
        let region = data.region(&row.region).map(|r| &r.name);
        let figure = a.figure;
        table.push(vec![
            Cell::text(&t.id),
            Cell::text(&t.indicator),
            indicator.map_or(Cell::Null, |i| Cell::text(&i.name.zh)),
            indicator.map_or(Cell::Null, |i| Cell::text(&i.name.en)),
            Cell::text(&row.region),
            region.map_or(Cell::Null, |n| Cell::text(&n.zh)),
            region.map_or(Cell::Null, |n| Cell::text(&n.en)),
            Cell::text(t.comparator.key()),
            Cell::Number(t.value),
            indicator.map_or(Cell::Null, |i| Cell::text(&i.unit)),
            Cell::text(t.period.to_string()),
            a.deadline.map_or(Cell::Null, |d| Cell::text(d.to_string())),
            Cell::text(&t.set_by),
            Cell::text(&t.document),
            Cell::Bool(t.derivation.is_some()),
            t.derivation.as_ref().map_or(Cell::Null, |d| Cell::text(&d.zh)),
            t.derivation.as_ref().map_or(Cell::Null, |d| Cell::text(&d.en)),
            Cell::text(a.status.key()),
            Cell::Bool(a.overdue),
            figure.map_or(Cell::Null, |(p, _, _)| Cell::text(p.to_string())),
            figure.map_or(Cell::Null, |(_, v, _)| Cell::Number(v)),
            figure.map_or(Cell::Null, |(_, _, q)| Cell::text(q.key())),
            Cell::Number(a.compared_with),
            a.gap.map_or(Cell::Null, Cell::Number),
        ]);
    }
    table
}
