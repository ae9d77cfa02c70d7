use super::{
    LoadError, LoadErrorKind, SeedFiles,
    table::{Row, Seen, Table, number},
};
use crate::{
    figure,
    model::{Indicator, IndicatorKind, Observation, Provenance, Qualifier, Region, Source},
    period::Period,
};
use std::{
    collections::{HashMap, HashSet},
    sync::Arc,
};

/// The tables that later rows refer to, looked up by hash: an upload may have millions of rows.
pub(super) struct Known<'a> {
    /// Codes and keys with their positions, which make small keys for duplicate checks.
    regions: HashMap<&'a str, u32>,
    indicators: HashMap<&'a str, (u32, &'a Indicator)>,
    sources: HashSet<&'a str>,
}

impl<'a> Known<'a> {
    pub(super) fn new(regions: &'a [Region], indicators: &'a [Indicator], sources: &'a [Source]) -> Self {
        Self {
            regions: regions.iter().zip(0..).map(|(r, n)| (r.code.as_str(), n)).collect(),
            indicators: indicators.iter().zip(0..).map(|(i, n)| (i.key.as_str(), (n, i))).collect(),
            sources: sources.iter().map(|s| s.id.as_str()).collect(),
        }
    }

    pub(super) fn region(&self, row: &Row, column: &str, errors: &mut Vec<LoadError>) -> Option<String> {
        row.reference(column, errors, |c| self.regions.contains_key(c), LoadErrorKind::UnknownRegion)
    }

    pub(super) fn indicator(&self, row: &Row, column: &str, errors: &mut Vec<LoadError>) -> Option<&'a Indicator> {
        let key =
            row.reference(column, errors, |k| self.indicators.contains_key(k), LoadErrorKind::UnknownIndicator)?;
        self.indicators.get(key.as_str()).map(|(_, indicator)| *indicator)
    }

    /// A small key for a region and an indicator both known.
    pub(super) fn position(&self, region: &str, indicator: &str) -> (u32, u32) {
        (
            self.regions.get(region).copied().unwrap_or(u32::MAX),
            self.indicators.get(indicator).map_or(u32::MAX, |p| p.0),
        )
    }

    pub(super) fn source(&self, row: &Row, errors: &mut Vec<LoadError>) -> Option<String> {
        row.reference("source", errors, |s| self.sources.contains(s), LoadErrorKind::UnknownSource)
    }
}

pub(super) fn period(text: &str) -> Result<Period, LoadErrorKind> {
    text.parse::<Period>().map_err(|e| LoadErrorKind::BadPeriod(e.to_string()))
}

const COLUMNS: [&str; 9] = ["region", "indicator", "period", "value", "qualifier", "unit", "figure", "source", "quote"];

pub(super) fn observations(files: &SeedFiles, known: &Known, errors: &mut Vec<LoadError>) -> Vec<Observation> {
    let Some(table) = Table::read(files, "observations.csv", &COLUMNS, errors) else { return vec![] };
    let mut seen = Seen::default();
    let mut observations = Vec::new();
    for row in table.rows() {
        let region = known.region(&row, "region", errors);
        let indicator = known.indicator(&row, "indicator", errors);
        let period = row.parse("period", errors, period);
        let value = row.parse("value", errors, number);
        let qualifier = row.parse("qualifier", errors, |s| {
            Qualifier::parse(s).ok_or_else(|| LoadErrorKind::BadQualifier(s.to_owned()))
        });
        let unit = row.required("unit", errors);
        let figure = row.required("figure", errors);
        let source = known.source(&row, errors);
        let quote = row.required("quote", errors);
        let (
            Some(region),
            Some(indicator),
            Some(period),
            Some(value),
            Some(qualifier),
            Some(unit),
            Some(figure),
            Some(source),
            Some(quote),
        ) = (region, indicator, period, value, qualifier, unit, figure, source, quote)
        else {
            continue;
        };
        if unit != indicator.unit {
            let kind = LoadErrorKind::WrongUnit {
                indicator: indicator.key.clone(),
                expected: indicator.unit.clone(),
                found: unit,
            };
            errors.push(row.error("unit", kind));
            continue;
        }
        if indicator.kind == IndicatorKind::Rank && (value < 1.0 || value.fract() != 0.0) {
            errors.push(row.error("value", LoadErrorKind::BadRank));
            continue;
        }
        if let Err(kind) = check_figure(&figure, &quote, value, qualifier) {
            let column = if matches!(kind, LoadErrorKind::FigureNotInQuote(_)) { "quote" } else { "figure" };
            errors.push(row.error(column, kind));
            continue;
        }
        let key = (region.clone(), indicator.key.clone(), period);
        if let Some(first_line) = seen.first(key, row.line) {
            let what = format!("observation ({region}, {}, {period})", indicator.key);
            errors.push(row.error("period", LoadErrorKind::Duplicate { what, first_line }));
            continue;
        }
        let provenance = Arc::new(Provenance { figure, source, quote, note: String::new() });
        let (region, indicator) = (region.into(), indicator.key.as_str().into());
        observations.push(Observation { region, indicator, period, value, qualifier, provenance });
    }
    observations
}

/// The printed figure must be in the quote and read as the recorded value and qualifier.
pub(crate) fn check_figure(figure: &str, quote: &str, value: f64, qualifier: Qualifier) -> Result<(), LoadErrorKind> {
    if !quote.contains(figure) {
        return Err(LoadErrorKind::FigureNotInQuote(figure.to_owned()));
    }
    let (read, read_qualifier) =
        figure::read(figure).ok_or_else(|| LoadErrorKind::FigureWithoutNumber(figure.to_owned()))?;
    if (read - value).abs() > 1e-9 * value.abs().max(1.0) || read_qualifier != qualifier {
        return Err(LoadErrorKind::FigureMismatch {
            figure: figure.to_owned(),
            read: format!("{}{read}", read_qualifier.symbol()),
            recorded: format!("{}{value}", qualifier.symbol()),
        });
    }
    Ok(())
}
