use super::{figure_view, qualifier_text, source_ref};
use crate::{error::AppError, i18n::Lang, model::ObservationPage};
use data::{Dataset, Period};

/// `/observation/{region}/{indicator}/{period}`: the figure, its sentence and its source.
pub fn observation(
    data: &Dataset,
    region: &str,
    indicator: &str,
    period: &str,
    lang: Lang,
) -> Result<ObservationPage, AppError> {
    let period: Period =
        period.parse().map_err(|e: data::period::PeriodParseError| AppError::BadRequest(e.to_string()))?;
    let o = data
        .observations()
        .iter()
        .find(|o| o.region == region && o.indicator == indicator && o.period == period)
        .ok_or_else(|| AppError::NotFound(format!("observation {region}/{indicator}/{period}")))?;
    let source = data.source(&o.provenance.source).ok_or(AppError::Internal)?;
    let figure = figure_view(data, o, None, lang).ok_or(AppError::Internal)?;
    // The loader guarantees the figure occurs in the quote.
    let (before, after) =
        o.provenance.quote.split_once(o.provenance.figure.as_str()).unwrap_or((o.provenance.quote.as_str(), ""));
    Ok(ObservationPage {
        figure,
        qualifier: lang.t(qualifier_text(o.qualifier)).to_owned(),
        quote_before: before.to_owned(),
        quote_figure: o.provenance.figure.clone(),
        quote_after: after.to_owned(),
        source: source_ref(source),
        compare_href: lang.href(&format!("/compare?indicator={}", o.indicator)),
    })
}
