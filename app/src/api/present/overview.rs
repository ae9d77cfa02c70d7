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

pub fn overview(data: &Dataset, lang: Lang) -> Result<Overview, AppError> {
    let l = lang.into();
    let coverage = coverage(data)?;
    let sources = data
        .sources()
        .iter()
        .filter(|s| data.observations().iter().any(|o| o.source == s.id))
        .map(source_ref)
        .collect();
    let firsts = data
        .observations()
        .iter()
        .filter(|o| o.value == 1.0 && data.indicator(&o.indicator).is_some_and(|i| i.kind == IndicatorKind::Rank))
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
