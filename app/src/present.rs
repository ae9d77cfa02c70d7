//! Turning `data`'s query results into the view models pages render (server side only).

mod audit;
mod board;
mod category;
mod compare;
mod compare_chart;
mod compare_window;
mod extract;
mod indicator;
mod lists;
mod load_error;
mod observation;
mod overview;
mod region;
mod targets;
mod trend_series;
mod upload;

/// Figures a page lists at most: an indicator or a source of the national data has tens of
/// thousands to millions; the downloads carry them all.
pub(crate) const FIGURES_SHOWN: usize = data::dataset::FIRST_FIGURES;

pub use audit::audit;
pub use board::{board, board_row};
pub use category::category;
pub use compare::{CompareParams, compare, compare_chart_svg};
pub use extract::{document_error_text, extract_form, extract_review};
pub use indicator::{indicator, indicator_trend_svg};
pub use lists::{indicators, regions, sources};
pub use load_error::load_error_text;
pub use observation::observation;
pub use overview::overview;
pub use region::region;
pub use targets::{report, targets, users};
pub use upload::{entry, upload};

use crate::{
    error::AppError,
    i18n::{Lang, Text},
    model::{FigureView, IndicatorSummary, RegionLink, SourceRef},
};
use data::{
    Dataset,
    model::{Direction, Indicator, IndicatorKind, Observation, Qualifier, Region, Source},
};

pub fn source_ref(source: &Source) -> SourceRef {
    SourceRef {
        id: source.id.clone(),
        title: source.title.clone(),
        publisher: source.publisher.clone(),
        published: source.published.clone(),
        url: source.url.clone(),
    }
}

pub(crate) fn region_link(region: &Region, lang: Lang) -> RegionLink {
    RegionLink { code: region.code.clone(), name: region.name.get(lang).to_owned() }
}

pub(crate) fn observation_href(o: &Observation, lang: Lang) -> String {
    lang.href(&format!("/observation/{}/{}/{}", o.region, o.indicator, o.period))
}

/// The value of an observation as the tables show it: "≥ 98%", "第3位".
pub(crate) fn value_text(data: &Dataset, o: &Observation, lang: Lang) -> String {
    match data.indicator(&o.indicator) {
        Some(indicator) => value_text_of(data, indicator, o.value, o.qualifier, lang),
        None => data::format::number(o.value),
    }
}

/// A value of `indicator` in its unit.
pub(crate) fn value_text_of(
    data: &Dataset,
    indicator: &Indicator,
    value: f64,
    qualifier: Qualifier,
    lang: Lang,
) -> String {
    match data.unit(&indicator.unit) {
        Some(unit) => data::format::value(value, qualifier, indicator.kind, unit, lang),
        None => data::format::number(value),
    }
}

pub(crate) fn figure_view(
    data: &Dataset,
    o: &Observation,
    rank: Option<(u32, usize)>,
    lang: Lang,
) -> Option<FigureView> {
    let region = data.region(&o.region)?;
    let indicator = data.indicator(&o.indicator)?;
    let rank = rank
        .map(|(rank, n)| crate::i18n::fill(lang.t(Text::RankOf), &[("rank", rank.to_string()), ("n", n.to_string())]));
    Some(FigureView {
        region: region_link(region, lang),
        indicator_key: indicator.key.clone(),
        indicator: indicator.name.get(lang).to_owned(),
        value: value_text(data, o, lang),
        period: o.period.label(lang),
        rank,
        quote: o.provenance.quote.clone(),
        observation_href: observation_href(o, lang),
    })
}

pub(crate) fn kind_text(kind: IndicatorKind) -> Text {
    match kind {
        IndicatorKind::Count => Text::KindCount,
        IndicatorKind::Rate => Text::KindRate,
        IndicatorKind::Rank => Text::KindRank,
        IndicatorKind::Change => Text::KindChange,
        IndicatorKind::Streak => Text::KindStreak,
    }
}

pub(crate) fn qualifier_text(qualifier: Qualifier) -> Text {
    match qualifier {
        Qualifier::Exact => Text::QualifierExact,
        Qualifier::AtLeast => Text::QualifierAtLeast,
        Qualifier::AtMost => Text::QualifierAtMost,
        Qualifier::About => Text::QualifierAbout,
    }
}

pub(crate) fn indicator_summary(
    data: &Dataset,
    indicator: &Indicator,
    lang: Lang,
) -> Result<IndicatorSummary, AppError> {
    let category = data.category(&indicator.category).ok_or(AppError::Internal)?;
    let unit = data.unit(&indicator.unit).ok_or(AppError::Internal)?;
    let lower = indicator.direction == Direction::LowerIsBetter;
    Ok(IndicatorSummary {
        key: indicator.key.clone(),
        name: indicator.name.get(lang).to_owned(),
        category_key: category.key.clone(),
        category: category.name.get(lang).to_owned(),
        definition: indicator.definition.get(lang).to_owned(),
        unit: unit.symbol.get(lang).to_owned(),
        kind: lang.t(kind_text(indicator.kind)).to_owned(),
        direction: lang
            .t(match indicator.direction {
                Direction::HigherIsBetter => Text::HigherIsBetter,
                Direction::LowerIsBetter => Text::LowerIsBetter,
                Direction::Neutral => Text::DirectionNeutral,
            })
            .to_owned(),
        lower_is_better: lower,
    })
}

/// Regions that report an indicator, for defaults and lists.
pub(crate) fn reporting_regions(data: &Dataset, indicator: &str) -> usize {
    data.indicator_position(indicator).and_then(|i| data.summary().reporting_regions.get(i).copied()).unwrap_or(0)
}
