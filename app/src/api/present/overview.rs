use super::{figure_view, region::honour_view, source_ref};
use crate::{
    error::AppError,
    i18n::Lang,
    model::{CoverageRow, CoverageTable, Overview},
};
use data::{
    Dataset,
    model::{HonourLevel, IndicatorKind, Level},
    query::coverage,
};
use std::collections::HashSet;

pub fn overview(data: &Dataset, lang: Lang) -> Result<Overview, AppError> {
    let l = lang.into();
    let coverage = coverage(data)?;
    // One pass over the figures, not one per source: a national dataset has millions.
    let cited: HashSet<&str> = data.observations().iter().map(|o| o.provenance.source.as_str()).collect();
    let sources = data.sources().iter().filter(|s| cited.contains(s.id.as_str())).map(source_ref).collect();
    // First places, from the rows of rank indicators only, in store order.
    let mut rank_rows: Vec<u32> = data
        .indicators()
        .iter()
        .filter(|i| i.kind == IndicatorKind::Rank)
        .flat_map(|i| data.rows_of_indicator(&i.key).iter().copied())
        .collect();
    rank_rows.sort_unstable();
    let firsts = rank_rows
        .iter()
        .map(|&row| &data.observations()[row as usize])
        .filter(|o| o.value == 1.0)
        .filter_map(|o| figure_view(data, o, None, lang))
        .collect();
    let rows: Vec<CoverageRow> = coverage
        .regions
        .iter()
        .enumerate()
        .map(|(r, region)| CoverageRow {
            code: region.code.clone(),
            name: region.name.get(l).to_owned(),
            counts: data.categories().iter().map(|c| coverage.count_in(r, c)).collect(),
            total: coverage.count(r),
        })
        .collect();
    Ok(Overview {
        sources,
        figures: data.observations().len(),
        indicators: data.indicators().len(),
        categories: data.categories().len(),
        prefectures: data.regions_at(Level::Prefecture).count(),
        reporting_prefectures: rows.iter().filter(|r| r.total > 0).count(),
        honours: data.honours().len(),
        national_honours: data.honours().iter().filter(|h| h.level == HonourLevel::National).count(),
        firsts,
        honour_list: data.honours().iter().filter_map(|h| honour_view(data, h, lang)).collect(),
        coverage: CoverageTable {
            categories: data.categories().iter().map(|c| (c.key.clone(), c.name.get(l).to_owned())).collect(),
            rows,
        },
    })
}
