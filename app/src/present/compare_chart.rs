//! The compare page's charts: the ranking's bars (shared with the indicator and category
//! pages) and, over many regions, the distribution.

use super::compare::rows;
use crate::{
    charts::{Bar, BarChart, BarScale},
    error::AppError,
    i18n::{Lang, Text, fill},
};
use data::{
    Dataset,
    model::{IndicatorKind, Qualifier},
    query::{Comparison, Normalisation, PeriodChoice, compare as compare_query},
};

/// The bar chart of a comparison; only reporting regions when `reporters_only`, and only both
/// ends of the ranking when there are many (see [`Comparison::chart_rows`]). The bars show
/// the table's values.
fn bar_chart(
    data: &Dataset,
    c: &Comparison,
    lang: Lang,
    id: &str,
    reporters_only: bool,
    highlight: Option<&str>,
) -> Result<String, AppError> {
    let rank_scale = c.indicator.kind == IndicatorKind::Rank && c.normalisation == Normalisation::Absolute;
    let drawn = c.chart_rows(reporters_only, highlight);
    let views = rows(data, c, &drawn, lang);
    let bars: Vec<Bar> = drawn
        .iter()
        .map(|&i| &c.rows[i])
        .zip(&views)
        .map(|(row, view)| {
            let open = row.observation.map(|o| o.qualifier).and_then(|q| match q {
                Qualifier::AtLeast => Some(!rank_scale),
                Qualifier::AtMost => Some(rank_scale),
                Qualifier::Exact | Qualifier::About => None,
            });
            let label = match (drawn.len() < c.rows.len(), row.rank) {
                (true, Some(rank)) => format!("{rank}. {}", row.region.name.get(lang)),
                _ => row.region.name.get(lang).to_owned(),
            };
            Bar {
                label,
                value: row.value,
                value_label: view.value.clone(),
                open_end: open,
                highlight: highlight == Some(row.region.code.as_str()),
            }
        })
        .collect();
    let name = c.indicator.name.get(lang);
    let period = match c.period {
        PeriodChoice::Latest => lang.t(Text::Latest).to_owned(),
        PeriodChoice::Exact(p) => p.label(lang),
    };
    let summary =
        fill(lang.t(Text::ReportingCount), &[("n", c.reporting().to_string()), ("total", c.rows.len().to_string())]);
    let leaders: Vec<String> =
        views.iter().filter(|v| v.rank == "1").map(|v| format!("{} {}", v.region, v.value)).collect();
    let unit = data.unit(&c.indicator.unit).map(|u| u.symbol.get(lang).to_owned()).unwrap_or_default();
    let axis_label = match (rank_scale, c.normalisation) {
        (true, _) => lang.t(Text::KindRank).to_owned(),
        (false, Normalisation::PerTenThousand) => format!("{unit} · {}", lang.t(Text::PerTenThousand)),
        (false, Normalisation::Absolute) => unit,
    };
    let chart = BarChart {
        id: id.to_owned(),
        title: format!("{name} · {period}"),
        // Leaders only where regions are ranked (not on a rank indicator nor a neutral one).
        desc: if leaders.is_empty() { format!("{summary}.") } else { format!("{summary}. 1: {}.", leaders.join(", ")) },
        axis_label,
        not_reported: lang.t(Text::NotReported).to_owned(),
        scale: if rank_scale { BarScale::Rank { of: c.rows.len() as u32 } } else { BarScale::Linear },
        bars,
    };
    chart.to_svg().map_err(|e| {
        leptos::logging::error!("chart {id}: {e}");
        AppError::Internal
    })
}

pub(super) fn chart(data: &Dataset, c: &Comparison, lang: Lang, highlight: Option<&str>) -> Result<String, AppError> {
    bar_chart(data, c, lang, &format!("compare-{}", c.indicator.key), false, highlight)
}

/// How the compared values spread over all the regions that report.
pub(super) fn distribution_chart(c: &Comparison, lang: Lang, highlight: Option<&str>) -> Result<String, AppError> {
    let value = highlight.and_then(|code| c.rows.iter().find(|r| r.region.code == code)).and_then(|r| r.value);
    let bins = c.histogram();
    let last = bins.len().saturating_sub(1);
    let bars = bins
        .iter()
        .enumerate()
        .map(|(i, bin)| Bar {
            label: format!("{}–{}", data::format::number(bin.from), data::format::number(bin.to)),
            value: Some(bin.count as f64),
            value_label: bin.count.to_string(),
            open_end: None,
            highlight: value.is_some_and(|v| v >= bin.from && (v < bin.to || i == last)),
        })
        .collect();
    let title = lang.t(Text::DistributionTitle).to_owned();
    let chart = BarChart {
        id: format!("distribution-{}", c.indicator.key),
        desc: format!("{title}: {}", c.indicator.name.get(lang)),
        title,
        axis_label: lang.t(Text::DistributionAxis).to_owned(),
        not_reported: String::new(),
        scale: BarScale::Linear,
        bars,
    };
    chart.to_svg().map_err(|e| {
        leptos::logging::error!("distribution chart: {e}");
        AppError::Internal
    })
}

/// A compact chart of only the regions that report (small multiples).
pub(crate) fn reporters_chart(data: &Dataset, indicator: &str, lang: Lang) -> Result<String, AppError> {
    let c = compare_query(data, indicator, PeriodChoice::Latest, Normalisation::Absolute)?;
    bar_chart(data, &c, lang, &format!("small-{indicator}"), true, None)
}
