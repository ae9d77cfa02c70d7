use super::{figure_view, region_link, source_ref};
use crate::{
    error::AppError,
    i18n::{Lang, Text},
    model::{HonourView, PracticeView, RegionCategory, RegionPage},
};
use data::{
    Dataset,
    model::{Honour, HonourLevel, HonourStatus, Level},
    query::region_profile,
};

pub(crate) fn level_text(level: Level) -> Text {
    match level {
        Level::Province => Text::LevelProvince,
        Level::Prefecture => Text::LevelPrefecture,
        Level::County => Text::LevelCounty,
    }
}

pub(crate) fn honour_view(data: &Dataset, h: &Honour, lang: Lang) -> Option<HonourView> {
    let region = data.region(&h.region)?;
    Some(HonourView {
        region: region_link(region, lang),
        title: h.title.get(lang).to_owned(),
        level: lang
            .t(match h.level {
                HonourLevel::National => Text::HonourNational,
                HonourLevel::Provincial => Text::HonourProvincial,
            })
            .to_owned(),
        status: lang
            .t(match h.status {
                HonourStatus::Awarded => Text::HonourAwarded,
                HonourStatus::Nominated => Text::HonourNominated,
            })
            .to_owned(),
        year: h.year,
        quote: h.quote.clone(),
    })
}

/// More figures than this on a region's page, and it shows each indicator's latest only (a
/// national county's 200 indicators × 10 years made 705 KB of HTML).
pub const FOLD_ABOVE: usize = 300;

/// `/region/{code}`: figures by category with ranks, honours (its counties' too), practices.
pub fn region(data: &Dataset, code: &str, lang: Lang) -> Result<RegionPage, AppError> {
    let profile = region_profile(data, code)?;
    let figures = profile.categories.iter().map(|(_, figures)| figures.len()).sum::<usize>();
    let fold = figures > FOLD_ABOVE;
    let mut shown = 0;
    let categories = profile
        .categories
        .iter()
        .map(|(category, figures)| {
            let figures: Vec<_> = figures
                .iter()
                .filter(|f| !fold || f.latest)
                .filter_map(|f| figure_view(data, f.observation, f.rank, lang))
                .collect();
            shown += figures.len();
            RegionCategory { key: category.key.clone(), name: category.name.get(lang).to_owned(), figures }
        })
        .collect();
    let county_codes: Vec<&str> = profile.children.iter().map(|c| c.code.as_str()).collect();
    let honours = data
        .honours()
        .iter()
        .filter(|h| h.region == code || county_codes.contains(&h.region.as_str()))
        .filter_map(|h| honour_view(data, h, lang))
        .collect();
    let population = profile.region.population.as_ref();
    Ok(RegionPage {
        region: region_link(profile.region, lang),
        level: lang.t(level_text(profile.region.level)).to_owned(),
        parent: profile.region.parent.as_deref().and_then(|p| data.region(p)).map(|p| region_link(p, lang)),
        population: population.map(|p| data::format::number(p.residents as f64)),
        population_source: population.and_then(|p| data.source(&p.source)).map(source_ref),
        reported: profile.reported_indicators,
        total: profile.total_indicators,
        categories,
        earlier_not_shown: fold.then(|| figures - shown),
        honours,
        practices: profile
            .practices
            .iter()
            .map(|p| PracticeView {
                name: p.name.get(lang).to_owned(),
                summary: p.summary.get(lang).to_owned(),
                quote: p.quote.clone(),
            })
            .collect(),
        counties: profile.children.iter().map(|c| region_link(c, lang)).collect(),
    })
}
