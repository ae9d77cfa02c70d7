//! Current figures, filtered: the open-data form of the observations.

use super::{Cell, OpenDataError, Table};
use crate::{dataset::Dataset, model::Observation, period::Period};

/// The columns of the upload format (`crate::load::ENTRY_COLUMNS`, less `correction`) are all
/// here, so a download can be uploaded again; the names and source details are for readers.
pub const OBSERVATION_COLUMNS: &[&str] = &[
    "region",
    "region_name_zh",
    "region_name_en",
    "indicator",
    "indicator_name_zh",
    "indicator_name_en",
    "category",
    "period",
    "value",
    "qualifier",
    "unit",
    "figure",
    "source",
    "source_title",
    "source_publisher",
    "source_published",
    "quote",
    "note",
];

/// Which figures to list; `None` matches everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ObservationFilter {
    pub region: Option<String>,
    pub indicator: Option<String>,
    pub category: Option<String>,
    /// A period as written in the data: `2022`, `2022-H1`, `asof-2022-09`.
    pub period: Option<String>,
}

/// The current figures matching `filter`, in the store's order. Unknown keys are errors, not
/// empty results, so a typo is not mistaken for "no data".
pub fn observations(data: &Dataset, filter: &ObservationFilter) -> Result<Table, OpenDataError> {
    check_region(data, filter.region.as_deref())?;
    if let Some(key) = &filter.indicator
        && data.indicator(key).is_none()
    {
        return Err(OpenDataError::UnknownIndicator(key.clone()));
    }
    if let Some(key) = &filter.category
        && data.category(key).is_none()
    {
        return Err(OpenDataError::UnknownCategory(key.clone()));
    }
    let period: Option<Period> = filter.period.as_deref().map(str::parse).transpose()?;
    let matches = |o: &Observation| {
        filter.region.as_ref().is_none_or(|r| *r == o.region)
            && filter.indicator.as_ref().is_none_or(|i| *i == o.indicator)
            && filter.category.as_ref().is_none_or(|c| data.indicator(&o.indicator).is_some_and(|i| i.category == *c))
            && period.is_none_or(|p| p == o.period)
    };
    let mut table = Table::new(OBSERVATION_COLUMNS);
    for o in data.observations().iter().filter(|o| matches(o)) {
        table.push(row(data, o));
    }
    Ok(table)
}

/// A region filter names a known region (or none).
pub fn check_region(data: &Dataset, region: Option<&str>) -> Result<(), OpenDataError> {
    match region {
        Some(code) if data.region(code).is_none() => Err(OpenDataError::UnknownRegion(code.to_owned())),
        _ => Ok(()),
    }
}

fn row(data: &Dataset, o: &Observation) -> Vec<Cell> {
    let region = data.region(&o.region).map(|r| &r.name);
    let indicator = data.indicator(&o.indicator);
    let source = data.source(&o.provenance.source);
    vec![
        Cell::text(&o.region),
        region.map_or(Cell::Null, |n| Cell::text(&n.zh)),
        region.map_or(Cell::Null, |n| Cell::text(&n.en)),
        Cell::text(&o.indicator),
        indicator.map_or(Cell::Null, |i| Cell::text(&i.name.zh)),
        indicator.map_or(Cell::Null, |i| Cell::text(&i.name.en)),
        indicator.map_or(Cell::Null, |i| Cell::text(&i.category)),
        Cell::text(o.period.to_string()),
        Cell::Number(o.value),
        Cell::text(o.qualifier.key()),
        indicator.map_or(Cell::Null, |i| Cell::text(&i.unit)),
        Cell::optional(&o.provenance.figure),
        Cell::text(&o.provenance.source),
        source.map_or(Cell::Null, |s| Cell::text(&s.title)),
        source.map_or(Cell::Null, |s| Cell::text(&s.publisher)),
        source.map_or(Cell::Null, |s| Cell::text(&s.published)),
        Cell::optional(&o.provenance.quote),
        Cell::optional(&o.provenance.note),
    ]
}
