//! Current figures, filtered: the open-data form of the observations.

use super::{Cell, OpenDataError, Rows, Table};
use crate::{dataset::Dataset, model::Observation, period::Period};
use std::ops::Deref;

/// The columns of the upload format (`crate::validate::ENTRY_COLUMNS`, less `correction`) are all
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

/// The current figures matching `filter`, in the store's order, as a whole table.
pub fn observations(data: &Dataset, filter: &ObservationFilter) -> Result<Table, OpenDataError> {
    let rows = ObservationRows::new(data, filter)?;
    let mut table = Table::new(OBSERVATION_COLUMNS);
    for index in 0..rows.len() {
        table.push(rows.row(index));
    }
    Ok(table)
}

/// The current figures matching a filter, in the store's order, each row made when asked for.
/// Choosing them costs the index's rows of the region, indicator or category filtered on (a
/// look at every figure only when filtering by period alone), and memory for their positions
/// (none when nothing is filtered).
pub struct ObservationRows<D> {
    data: D,
    selected: Selected,
}

enum Selected {
    All(usize),
    Rows(Vec<u32>),
}

impl<D: Deref<Target = Dataset> + Send + Sync> ObservationRows<D> {
    /// Unknown keys are errors, not empty results, so a typo is not mistaken for "no data".
    pub fn new(data: D, filter: &ObservationFilter) -> Result<Self, OpenDataError> {
        check_region(&data, filter.region.as_deref())?;
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
        let selected = select(&data, filter, period);
        Ok(Self { data, selected })
    }
}

/// The rows that match, from the narrowest list the index has.
fn select(data: &Dataset, filter: &ObservationFilter, period: Option<Period>) -> Selected {
    let figures = data.observations();
    let in_category = |o: &Observation| {
        filter.category.as_ref().is_none_or(|c| data.indicator(&o.indicator).is_some_and(|i| i.category == *c))
    };
    let matches = |o: &Observation| {
        filter.region.as_ref().is_none_or(|r| *r == o.region)
            && filter.indicator.as_ref().is_none_or(|i| *i == o.indicator)
            && in_category(o)
            && period.is_none_or(|p| p == o.period)
    };
    let keep = |rows: &mut Vec<u32>| rows.retain(|&row| matches(&figures[row as usize]));
    let mut rows = if let Some(region) = &filter.region {
        data.rows_of_region(region).to_vec()
    } else if let Some(indicator) = &filter.indicator {
        data.rows_of_indicator(indicator).to_vec()
    } else if let Some(category) = &filter.category {
        let of_category = data.indicators().iter().filter(|i| i.category == *category);
        let mut rows: Vec<u32> = of_category.flat_map(|i| data.rows_of_indicator(&i.key)).copied().collect();
        rows.sort_unstable();
        rows
    } else if period.is_some() {
        (0..figures.len() as u32).filter(|&row| matches(&figures[row as usize])).collect()
    } else {
        return Selected::All(figures.len());
    };
    keep(&mut rows);
    Selected::Rows(rows)
}

impl<D: Deref<Target = Dataset> + Send + Sync> Rows for ObservationRows<D> {
    fn columns(&self) -> &'static [&'static str] {
        OBSERVATION_COLUMNS
    }

    fn len(&self) -> usize {
        match &self.selected {
            Selected::All(n) => *n,
            Selected::Rows(rows) => rows.len(),
        }
    }

    fn row(&self, index: usize) -> Vec<Cell> {
        let row = match &self.selected {
            Selected::All(_) => index,
            Selected::Rows(rows) => rows[index] as usize,
        };
        observation_row(&self.data, &self.data.observations()[row])
    }
}

/// A region filter names a known region (or none).
pub fn check_region(data: &Dataset, region: Option<&str>) -> Result<(), OpenDataError> {
    match region {
        Some(code) if data.region(code).is_none() => Err(OpenDataError::UnknownRegion(code.to_owned())),
        _ => Ok(()),
    }
}

fn observation_row(data: &Dataset, o: &Observation) -> Vec<Cell> {
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
