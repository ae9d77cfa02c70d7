//! The index pages: regions, indicators, sources.

use super::{FIGURES_SHOWN, figure_view, region_link, reporting_regions, source_ref};
use crate::{
    error::AppError,
    i18n::Lang,
    model::{
        IndicatorGroup, IndicatorListItem, IndicatorsPage, RegionListRow, RegionsPage, SourcePage, SourceWithFigures,
    },
};
use data::{
    Dataset,
    model::{Level, Observation},
    query::coverage,
};
use std::collections::HashMap;

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
    let l = lang.into();
    let groups = data
        .categories()
        .iter()
        .map(|c| IndicatorGroup {
            key: c.key.clone(),
            name: c.name.get(l).to_owned(),
            framework: c.framework.get(l).to_owned(),
            indicators: data
                .indicators()
                .iter()
                .filter(|i| i.category == c.key)
                .map(|i| IndicatorListItem {
                    key: i.key.clone(),
                    name: i.name.get(l).to_owned(),
                    reporting: reporting_regions(data, &i.key),
                })
                .collect(),
        })
        .collect();
    Ok(IndicatorsPage { groups })
}

pub fn sources(data: &Dataset, lang: Lang) -> Result<SourcePage, AppError> {
    // One pass over the figures for all sources (the first few of each to list, and a count),
    // hashing a source id only where it differs from the figure before's.
    let at: HashMap<&str, usize> = data.sources().iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
    let mut listed: Vec<Vec<&Observation>> = vec![Vec::new(); data.sources().len()];
    let mut totals = vec![0; data.sources().len()];
    let mut previous: Option<(&str, usize)> = None;
    for o in data.observations() {
        let i = match previous {
            Some((id, i)) if id == o.provenance.source => i,
            _ => {
                let Some(&i) = at.get(o.provenance.source.as_str()) else { continue };
                previous = Some((o.provenance.source.as_str(), i));
                i
            }
        };
        if listed[i].len() < FIGURES_SHOWN {
            listed[i].push(o);
        }
        totals[i] += 1;
    }
    let sources = data
        .sources()
        .iter()
        .zip(listed.into_iter().zip(totals))
        .map(|(s, (listed, total))| SourceWithFigures {
            source: source_ref(s),
            note: s.note.clone(),
            figures: listed.into_iter().filter_map(|o| figure_view(data, o, None, lang)).collect(),
            figures_total: total,
        })
        .collect();
    Ok(SourcePage { sources })
}
