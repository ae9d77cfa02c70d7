use super::{figure_view, region::honour_view, source_ref};
use crate::{
    error::AppError,
    i18n::Lang,
    model::{CoverageRow, CoverageTable, Overview},
};
use data::{
    Dataset,
    model::{HonourLevel, Level},
    query::{Coverage, coverage},
};

pub fn overview(data: &Dataset, lang: Lang) -> Result<Overview, AppError> {
    let coverage = coverage(data)?;
    let summary = data.summary();
    let cited = data.sources().iter().zip(&summary.source_figures).filter(|(_, (total, _))| *total > 0);
    let sources = cited.map(|(s, _)| source_ref(s)).collect();
    let firsts = summary
        .first_places
        .iter()
        .filter_map(|&row| data.observations().get(row as usize))
        .filter_map(|o| figure_view(data, o, None, lang))
        .collect();
    let prefecture_rows = coverage.regions.iter().enumerate().map(|(r, region)| CoverageRow {
        code: region.code.clone(),
        name: region.name.get(lang).to_owned(),
        counts: data.categories().iter().map(|c| coverage.count_in(r, c)).collect(),
        total: coverage.count(r),
    });
    let reporting_prefectures = prefecture_rows.clone().filter(|r| r.total > 0).count();
    // Over more than one province (a national dataset: hundreds of prefectures) a row per
    // province keeps the page short; `/regions` lists every prefecture.
    let rows: Vec<CoverageRow> = if data.regions_at(Level::Province).count() > 1 {
        province_rows(data, &coverage, lang)
    } else {
        prefecture_rows.collect()
    };
    Ok(Overview {
        sources,
        figures: data.observations().len(),
        indicators: data.indicators().len(),
        categories: data.categories().len(),
        prefectures: data.regions_at(Level::Prefecture).count(),
        reporting_prefectures,
        honours: data.honours().len(),
        national_honours: data.honours().iter().filter(|h| h.level == HonourLevel::National).count(),
        firsts,
        honour_list: data.honours().iter().filter_map(|h| honour_view(data, h, lang)).collect(),
        coverage: CoverageTable {
            categories: data.categories().iter().map(|c| (c.key.clone(), c.name.get(lang).to_owned())).collect(),
            rows,
        },
    })
}

/// One coverage row per province: an indicator counts when any of its prefectures (or their
/// counties) reports it.
fn province_rows(data: &Dataset, coverage: &Coverage, lang: Lang) -> Vec<CoverageRow> {
    data.regions_at(Level::Province)
        .map(|province| {
            let mut reported = vec![false; coverage.indicators.len()];
            for (r, _) in
                coverage.regions.iter().enumerate().filter(|(_, p)| p.parent.as_deref() == Some(&province.code))
            {
                reported.iter_mut().zip(&coverage.reported[r]).for_each(|(any, this)| *any |= *this);
            }
            let count_in = |category: &str| {
                coverage.indicators.iter().zip(&reported).filter(|(i, r)| **r && i.category == category).count()
            };
            CoverageRow {
                code: province.code.clone(),
                name: province.name.get(lang).to_owned(),
                counts: data.categories().iter().map(|c| count_in(&c.key)).collect(),
                total: reported.iter().filter(|r| **r).count(),
            }
        })
        .collect()
}
