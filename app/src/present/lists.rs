//! The index pages: regions, indicators, sources.

use super::{figure_view, region_link, reporting_regions, source_ref};
use crate::{
    error::AppError,
    i18n::Lang,
    model::{
        IndicatorGroup, IndicatorListItem, IndicatorsPage, RegionListRow, RegionsPage, SourcePage, SourceWithFigures,
    },
};
use data::{Dataset, model::Level, query::coverage};

pub fn regions(data: &Dataset, lang: Lang) -> Result<RegionsPage, AppError> {
    let coverage = coverage(data)?;
    let rows = coverage
        .regions
        .iter()
        .enumerate()
        .map(|(i, region)| {
            let counties: Vec<&str> = data.children(&region.code).map(|r| r.code.as_str()).collect();
            RegionListRow {
                region: region_link(region, lang),
                population: region.population.as_ref().map(|p| data::format::number(p.residents as f64)),
                reported: coverage.count(i),
                honours: data
                    .honours()
                    .iter()
                    .filter(|h| h.region == region.code || counties.contains(&h.region.as_str()))
                    .count(),
            }
        })
        .collect();
    let population_source = data
        .regions_at(Level::Prefecture)
        .find_map(|r| r.population.as_ref())
        .and_then(|p| data.source(&p.source))
        .map(source_ref);
    Ok(RegionsPage { rows, population_source })
}

pub fn indicators(data: &Dataset, lang: Lang) -> Result<IndicatorsPage, AppError> {
    let groups = data
        .categories()
        .iter()
        .map(|c| IndicatorGroup {
            key: c.key.clone(),
            name: c.name.get(lang).to_owned(),
            framework: c.framework.get(lang).to_owned(),
            indicators: data
                .indicators()
                .iter()
                .filter(|i| i.category == c.key)
                .map(|i| IndicatorListItem {
                    key: i.key.clone(),
                    name: i.name.get(lang).to_owned(),
                    reporting: reporting_regions(data, &i.key),
                })
                .collect(),
        })
        .collect();
    Ok(IndicatorsPage { groups })
}

pub fn sources(data: &Dataset, lang: Lang) -> Result<SourcePage, AppError> {
    let summary = data.summary();
    let sources = data
        .sources()
        .iter()
        .zip(&summary.source_figures)
        .map(|(s, (total, first))| SourceWithFigures {
            source: source_ref(s),
            note: s.note.clone(),
            figures: first
                .iter()
                .filter_map(|&row| data.observations().get(row as usize))
                .filter_map(|o| figure_view(data, o, None, lang))
                .collect(),
            figures_total: *total,
        })
        .collect();
    Ok(SourcePage { sources })
}
