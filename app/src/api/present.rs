//! Turning `data`'s query results into the view models pages render (server side only).

use crate::{
    error::AppError,
    model::{CoverageRow, CoverageTable, Headline, Overview, SourceRef},
};
use data::{
    Dataset, Lang,
    model::{HonourLevel, IndicatorKind, Level, Observation, Source},
    query::coverage,
};

pub(crate) fn source_ref(source: &Source) -> SourceRef {
    SourceRef {
        id: source.id.clone(),
        title: source.title.clone(),
        publisher: source.publisher.clone(),
        published: source.published.clone(),
        url: source.url.clone(),
    }
}

/// An observation with its value formatted for display.
pub(super) fn headline(data: &Dataset, o: &Observation, lang: Lang) -> Option<Headline> {
    let region = data.region(&o.region)?;
    let indicator = data.indicator(&o.indicator)?;
    let unit = data.unit(&indicator.unit)?;
    Some(Headline {
        region_code: region.code.clone(),
        region: region.name.get(lang).to_owned(),
        indicator_key: indicator.key.clone(),
        indicator: indicator.name.get(lang).to_owned(),
        value: data::format::value(o.value, o.qualifier, indicator.kind, unit, lang),
        period: o.period.label(lang),
        quote: o.quote.clone(),
    })
}

pub(super) fn overview(data: &Dataset, lang: Lang) -> Result<Overview, AppError> {
    let coverage = coverage(data)?;
    let sources = data
        .sources()
        .iter()
        .filter(|s| data.observations().iter().any(|o| o.source == s.id))
        .map(source_ref)
        .collect();
    let census = data.province().and_then(|p| p.population.as_ref()).and_then(|p| data.source(&p.source));
    let firsts = data
        .observations()
        .iter()
        .filter(|o| o.value == 1.0 && data.indicator(&o.indicator).is_some_and(|i| i.kind == IndicatorKind::Rank))
        .filter_map(|o| headline(data, o, lang))
        .collect();
    let rows: Vec<CoverageRow> = coverage
        .regions
        .iter()
        .enumerate()
        .map(|(r, region)| CoverageRow {
            code: region.code.clone(),
            name: region.name.get(lang).to_owned(),
            counts: data.categories().iter().map(|c| coverage.count_in(r, c)).collect(),
            total: coverage.count(r),
        })
        .collect();
    Ok(Overview {
        sources,
        census: census.map(source_ref),
        figures: data.observations().len(),
        indicators: data.indicators().len(),
        categories: data.categories().len(),
        prefectures: data.regions_at(Level::Prefecture).count(),
        reporting_prefectures: rows.iter().filter(|r| r.total > 0).count(),
        honours: data.honours().len(),
        national_honours: data.honours().iter().filter(|h| h.level == HonourLevel::National).count(),
        firsts,
        coverage: CoverageTable {
            categories: data.categories().iter().map(|c| c.name.get(lang).to_owned()).collect(),
            rows,
        },
    })
}
