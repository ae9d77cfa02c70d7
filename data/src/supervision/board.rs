//! The supervision board: every region a target applies to, with its status.

use super::status::{Assessment, Status, assess};
use crate::{
    dataset::Dataset,
    export::safe_cell,
    lang::Lang,
    model::{Level, Observation, Target},
};
use chrono::NaiveDate;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BoardSort {
    /// Most behind first; rows without a figure last.
    #[default]
    Gap,
    Region,
}

/// Which rows to show; empty fields match everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BoardFilter {
    pub status: Option<Status>,
    pub region: Option<String>,
    pub category: Option<String>,
    /// The body that set the target.
    pub owner: Option<String>,
    pub overdue_only: bool,
    pub sort: BoardSort,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BoardRow {
    pub target: Target,
    pub category: String,
    pub region: String,
    pub assessment: Assessment,
}

/// The regions a target applies to: a province's target applies to each of its prefectures.
fn applies_to<'a>(data: &'a Dataset, target: &'a Target) -> Vec<&'a str> {
    match data.region(&target.scope) {
        Some(scope) if scope.level == Level::Province => data
            .regions_at(Level::Prefecture)
            .filter(|r| r.parent.as_deref() == Some(scope.code.as_str()))
            .map(|r| r.code.as_str())
            .collect(),
        Some(scope) => vec![scope.code.as_str()],
        None => vec![],
    }
}

pub fn board(data: &Dataset, filter: &BoardFilter, today: NaiveDate) -> Vec<BoardRow> {
    let mut figures: HashMap<(&str, &str), Vec<&Observation>> = HashMap::new();
    for o in data.observations() {
        figures.entry((o.region.as_str(), o.indicator.as_str())).or_default().push(o);
    }
    let mut rows = Vec::new();
    for target in data.targets() {
        let Some(indicator) = data.indicator(&target.indicator) else { continue };
        if filter.category.as_ref().is_some_and(|c| *c != indicator.category)
            || filter.owner.as_ref().is_some_and(|o| *o != target.set_by)
        {
            continue;
        }
        for region in applies_to(data, target) {
            if filter.region.as_deref().is_some_and(|r| r != region) {
                continue;
            }
            let own = figures.get(&(region, indicator.key.as_str())).into_iter().flatten().copied();
            let assessment = assess(target, indicator, own, today);
            if filter.status.is_some_and(|s| s != assessment.status) || (filter.overdue_only && !assessment.overdue) {
                continue;
            }
            rows.push(BoardRow {
                target: target.clone(),
                category: indicator.category.clone(),
                region: region.to_owned(),
                assessment,
            });
        }
    }
    match filter.sort {
        BoardSort::Gap => rows.sort_by(|a, b| {
            let key = |r: &BoardRow| r.assessment.gap.unwrap_or(f64::INFINITY);
            key(a).total_cmp(&key(b)).then_with(|| a.region.cmp(&b.region))
        }),
        BoardSort::Region => rows.sort_by(|a, b| a.region.cmp(&b.region).then_with(|| a.target.id.cmp(&b.target.id))),
    }
    rows
}

/// The board as CSV (UTF-8 with a byte-order mark, so Excel reads the Chinese names).
pub fn board_csv(data: &Dataset, rows: &[BoardRow], lang: Lang) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    writer.write_record([
        "target",
        "indicator",
        "indicator_name",
        "region_code",
        "region_name",
        "status",
        "period",
        "value",
        "qualifier",
        "comparator",
        "target_value",
        "compared_with",
        "gap",
        "unit",
        "deadline",
        "overdue",
        "set_by",
    ])?;
    let number = crate::format::plain;
    for row in rows {
        let t = &row.target;
        let a = &row.assessment;
        let indicator = data.indicator(&t.indicator);
        let (period, value, qualifier) = match a.figure {
            Some((p, v, q)) => (p.to_string(), number(v), q.key().to_owned()),
            None => Default::default(),
        };
        writer.write_record([
            safe_cell(&t.id).as_ref(),
            &t.indicator,
            &safe_cell(indicator.map_or("", |i| i.name.get(lang))),
            &row.region,
            &safe_cell(data.region(&row.region).map_or("", |r| r.name.get(lang))),
            a.status.key(),
            &period,
            &value,
            &qualifier,
            t.comparator.key(),
            &number(t.value),
            &number(a.compared_with),
            &a.gap.map(number).unwrap_or_default(),
            indicator.map_or("", |i| i.unit.as_str()),
            &a.deadline.map(|d| d.to_string()).unwrap_or_default(),
            if a.overdue { "yes" } else { "no" },
            &safe_cell(&t.set_by),
        ])?;
    }
    writer.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}
