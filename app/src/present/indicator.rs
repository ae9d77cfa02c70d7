//! The indicator page and its trend chart.

use super::{FIGURES_SHOWN, compare_chart::chart, figure_view, indicator_summary, trend_series::trend_series};
use crate::{
    charts::TrendChart,
    error::AppError,
    i18n::{Lang, Text},
    model::IndicatorPage,
};
use data::{
    Dataset, Period,
    query::{IndicatorDetail, Normalisation, PeriodChoice, compare as compare_query, indicator_detail},
};

/// The indicator over its dated periods, when it has two or more: a line per region, or the
/// spread of all regions when they are many.
pub fn indicator_trend_svg(data: &Dataset, key: &str, lang: Lang) -> Result<Option<String>, AppError> {
    trend_svg(data, &indicator_detail(data, key)?, lang)
}

fn trend_svg(data: &Dataset, detail: &IndicatorDetail, lang: Lang) -> Result<Option<String>, AppError> {
    let key = &detail.indicator.key;
    let periods: Vec<Period> = detail.periods.iter().copied().filter(|p| p.is_dated()).collect();
    if periods.len() < 2 {
        return Ok(None);
    }
    let (series, spread) = trend_series(data, detail, &periods, lang);
    let unit = detail.unit.symbol.get(lang).to_owned();
    let name = detail.indicator.name.get(lang);
    let chart = TrendChart {
        id: format!("trend-{key}"),
        title: format!("{name} · {}", lang.t(Text::TrendHeading)),
        desc: match spread {
            false => format!("{name}: {} – {}", periods[0].label(lang), periods[periods.len() - 1].label(lang)),
            true => format!("{name}: {}", lang.t(Text::TrendSpreadNote)),
        },
        axis_label: unit,
        periods: periods.iter().map(|p| p.label(lang)).collect(),
        series,
    };
    chart.to_svg().map(Some).map_err(|e| {
        leptos::logging::error!("trend chart {key}: {e}");
        AppError::Internal
    })
}

/// `/indicator/{key}`.
pub fn indicator(data: &Dataset, key: &str, lang: Lang) -> Result<IndicatorPage, AppError> {
    let detail = indicator_detail(data, key)?;
    let comparison = compare_query(data, key, PeriodChoice::Latest, Normalisation::Absolute)?;
    let reporting = comparison.reporting();
    let figures =
        detail.observations.iter().take(FIGURES_SHOWN).filter_map(|o| figure_view(data, o, None, lang)).collect();
    Ok(IndicatorPage {
        indicator: indicator_summary(data, detail.indicator, lang)?,
        per_capita: detail.indicator.per_capita,
        figures,
        figures_total: detail.observations.len(),
        reporting,
        chart_svg: if reporting >= 2 { Some(chart(data, &comparison, lang, None)?) } else { None },
        trend_svg: trend_svg(data, &detail, lang)?,
        trend_href: format!("/charts/indicator/{key}/trend.svg{}", if lang == Lang::En { "?lang=en" } else { "" }),
        compare_href: lang.href(&format!("/compare?indicator={key}")),
    })
}
