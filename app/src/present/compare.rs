//! The compare page; its charts are in `compare_chart.rs`.

use super::{
    compare_chart::{chart, distribution_chart},
    compare_window, indicator_summary, observation_href, source_ref, value_text,
};
use crate::{
    error::AppError,
    i18n::{Lang, Text, fill},
    model::{Choice, ComparePage, CompareRowView, TableWindowView},
};
use data::{
    Dataset, Period,
    model::Indicator,
    query::{
        CHART_ENDS, Comparison, FULL_CHART, Normalisation, PeriodChoice, RankBound, compare as compare_query,
        indicator_periods, most_reported,
    },
};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The compare page's URL query, as typed; checked by [`resolve`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompareParams {
    pub category: Option<String>,
    pub indicator: Option<String>,
    pub period: Option<String>,
    pub per: Option<String>,
    /// The table's search: part of a region's name or code.
    pub q: Option<String>,
    /// The table's page, from 1.
    pub page: Option<usize>,
    /// A region to highlight in the chart (and to find in the table).
    pub region: Option<String>,
}

struct Resolved<'a> {
    indicator: &'a Indicator,
    highlight: Option<&'a str>,
    period: PeriodChoice,
    normalisation: Normalisation,
}

/// Unknown keys are 404, malformed values 400; a period or per-capita choice that does not
/// apply to the chosen indicator (left over from a previous choice) falls back to the default.
fn resolve<'a>(data: &'a Dataset, params: &CompareParams) -> Result<Resolved<'a>, AppError> {
    let category = match params.category.as_deref().filter(|c| !c.is_empty()) {
        Some(key) => Some(data.category(key).ok_or_else(|| AppError::NotFound(format!("category {key}")))?),
        None => None,
    };
    let chosen = match params.indicator.as_deref().filter(|i| !i.is_empty()) {
        Some(key) => Some(data.indicator(key).ok_or_else(|| AppError::NotFound(format!("indicator {key}")))?),
        None => None,
    };
    let indicator = match (chosen, category) {
        (Some(i), Some(c)) if i.category != c.key => most_reported(data, Some(&c.key)),
        (Some(i), _) => Some(i),
        (None, c) => most_reported(data, c.map(|c| c.key.as_str())),
    }
    .ok_or_else(|| AppError::NotFound("indicator".into()))?;
    let period = match params.period.as_deref().filter(|p| !p.is_empty() && *p != "latest") {
        None => PeriodChoice::Latest,
        Some(text) => {
            let period: Period =
                text.parse().map_err(|e: data::period::PeriodParseError| AppError::BadRequest(e.to_string()))?;
            let observations = data.observations();
            let reported =
                data.rows_of_indicator(&indicator.key).iter().any(|&r| observations[r as usize].period == period);
            if reported { PeriodChoice::Exact(period) } else { PeriodChoice::Latest }
        }
    };
    let normalisation = match params.per.as_deref() {
        None | Some("") => Normalisation::Absolute,
        Some("capita") if indicator.per_capita => Normalisation::PerTenThousand,
        Some("capita") => Normalisation::Absolute,
        Some(other) => return Err(AppError::BadRequest(format!("per={other}: expected per=capita"))),
    };
    let highlight = params.region.as_deref().and_then(|code| data.region(code)).map(|r| r.code.as_str());
    Ok(Resolved { indicator, highlight, period, normalisation })
}

pub fn compare(data: &Dataset, params: &CompareParams, lang: Lang) -> Result<ComparePage, AppError> {
    let resolved = resolve(data, params)?;
    let comparison = compare_query(data, &resolved.indicator.key, resolved.period, resolved.normalisation)?;
    let indicator = resolved.indicator;
    let choice = |value: &str, label: String, selected: bool| Choice { value: value.to_owned(), label, selected };
    let categories = data
        .categories()
        .iter()
        .map(|c| choice(&c.key, c.name.get(lang).to_owned(), c.key == indicator.category))
        .collect();
    let indicators = data
        .indicators()
        .iter()
        .filter(|i| i.category == indicator.category)
        .map(|i| choice(&i.key, i.name.get(lang).to_owned(), i.key == indicator.key))
        .collect();
    let mut periods = vec![choice("latest", lang.t(Text::Latest).to_owned(), resolved.period == PeriodChoice::Latest)];
    periods.extend(
        indicator_periods(data, &indicator.key)
            .iter()
            .rev()
            .map(|p| choice(&p.to_string(), p.label(lang), resolved.period == PeriodChoice::Exact(*p))),
    );
    let search = params.q.clone().unwrap_or_default();
    let names: Vec<(&str, &str)> =
        comparison.rows.iter().map(|r| (r.region.code.as_str(), r.region.name.get(lang))).collect();
    let window = compare_window::table_rows(&names, &search, params.page.unwrap_or(1));
    // The region asked for, or the only one the search finds.
    let highlight = params
        .region
        .as_deref()
        .filter(|code| data.region(code).is_some())
        .or_else(|| (window.matching == 1).then(|| names[window.rows[0]].0));
    let reporting = comparison.reporting();
    let only_reporter = (reporting == 1).then(|| {
        let name = comparison.rows.iter().find(|r| r.observation.is_some()).map(|r| r.region.name.get(lang).to_owned());
        fill(lang.t(Text::OnlyReporter), &[("region", name.unwrap_or_default())])
    });
    let chart_svg = if reporting >= 2 { Some(chart(data, &comparison, lang, highlight)?) } else { None };
    let distribution_svg =
        if reporting > FULL_CHART { Some(distribution_chart(&comparison, lang, highlight)?) } else { None };
    let rows = rows(data, &comparison, &window.rows, lang);
    let population_source = comparison.population_source.and_then(|id| data.source(id)).map(source_ref);
    Ok(ComparePage {
        categories,
        indicators,
        periods,
        per_capita_available: indicator.per_capita,
        per_capita: resolved.normalisation == Normalisation::PerTenThousand,
        ranked: indicator.ranks_reporters(),
        indicator: indicator_summary(data, indicator, lang)?,
        total: comparison.rows.len(),
        rows,
        table: TableWindowView {
            search,
            matching: window.matching,
            page: window.page,
            pages: window.pages,
            paged: comparison.rows.len() > compare_window::TABLE_PAGE,
        },
        highlight: highlight.map(str::to_owned),
        chart_window: (reporting > FULL_CHART).then(|| {
            let n = CHART_ENDS.to_string();
            fill(lang.t(Text::ChartWindow), &[("n", n), ("total", reporting.to_string())])
        }),
        distribution_svg,
        reporting,
        only_reporter,
        chart_svg,
        chart_href: chart_href(&comparison, lang),
        data_query: data_query(&comparison),
        population_source,
    })
}

fn chart_href(c: &Comparison, lang: Lang) -> String {
    let lang = if lang == Lang::En { "&lang=en" } else { "" };
    format!("/charts/compare.svg?{}{lang}", data_query(c))
}

fn data_query(c: &Comparison) -> String {
    let mut query = format!("indicator={}", c.indicator.key);
    if let PeriodChoice::Exact(p) = c.period {
        query.push_str(&format!("&period={p}"));
    }
    if c.normalisation == Normalisation::PerTenThousand {
        query.push_str("&per=capita");
    }
    query
}

/// The table rows `selected` (indices into `c.rows`).
pub(super) fn rows(data: &Dataset, c: &Comparison, selected: &[usize], lang: Lang) -> Vec<CompareRowView> {
    let mut holders: HashMap<u32, usize> = HashMap::new();
    for rank in c.rows.iter().filter_map(|r| r.rank) {
        *holders.entry(rank).or_default() += 1;
    }
    selected
        .iter()
        .map(|&i| {
            let row = &c.rows[i];
            let tied = row.rank.is_some_and(|rank| holders[&rank] > 1);
            let rank_note = match (row.bound, tied) {
                (RankBound::OrBetter, _) => lang.t(Text::RankOrBetter),
                (RankBound::OrWorse, _) => lang.t(Text::RankOrWorse),
                (RankBound::Approximate, _) => lang.t(Text::RankApprox),
                (RankBound::Exact, true) => lang.t(Text::Tied),
                (RankBound::Exact, false) => "",
            };
            let reported = row.observation.map(|o| value_text(data, o, lang)).unwrap_or_default();
            let value = match (row.observation, row.value) {
                (None, _) => lang.t(Text::NotReported).to_owned(),
                (Some(_), Some(v)) if c.normalisation == Normalisation::PerTenThousand => {
                    format!("{} {}", data::format::number(v), lang.t(Text::PerTenThousand))
                }
                (Some(_), _) => reported.clone(),
            };
            CompareRowView {
                region_code: row.region.code.clone(),
                region: row.region.name.get(lang).to_owned(),
                rank: row.rank.map(|r| r.to_string()).unwrap_or_default(),
                rank_note: rank_note.to_owned(),
                value,
                reported: row.observation.is_some(),
                reported_value: reported,
                period: row.observation.map(|o| o.period.label(lang)).unwrap_or_default(),
                source: row
                    .observation
                    .and_then(|o| data.source(&o.provenance.source))
                    .map(|s| s.title.clone())
                    .unwrap_or_default(),
                observation_href: row.observation.map(|o| observation_href(o, lang)).unwrap_or_default(),
            }
        })
        .collect()
}

/// `/charts/compare.svg`: the compare page's chart as a file.
pub fn compare_chart_svg(data: &Dataset, params: &CompareParams, lang: Lang) -> Result<String, AppError> {
    let r = resolve(data, params)?;
    let comparison = compare_query(data, &r.indicator.key, r.period, r.normalisation)?;
    chart(data, &comparison, lang, r.highlight)
}
