use super::{
    LoadError, LoadErrorKind, SeedFiles,
    table::{Seen, Table},
};
use crate::{
    lang::Text,
    model::{Category, Direction, Indicator, IndicatorKind, Unit},
};

const COLUMNS: [&str; 10] = [
    "key",
    "category",
    "name_zh",
    "name_en",
    "kind",
    "unit",
    "direction",
    "per_capita",
    "definition_zh",
    "definition_en",
];

pub(super) fn indicators(
    files: &SeedFiles,
    categories: &[Category],
    units: &[Unit],
    errors: &mut Vec<LoadError>,
) -> Vec<Indicator> {
    let Some(table) = Table::read(files, "indicators.csv", &COLUMNS, errors) else { return vec![] };
    let mut seen = Seen::default();
    let mut indicators = Vec::new();
    for row in table.rows() {
        let key = row.required("key", errors);
        let category = row.reference(
            "category",
            errors,
            |k| categories.iter().any(|c| c.key == k),
            LoadErrorKind::UnknownCategory,
        );
        let texts = ["name_zh", "name_en", "definition_zh", "definition_en"].map(|c| row.required(c, errors));
        let kind = row.parse("kind", errors, |s| {
            IndicatorKind::parse(s)
                .ok_or(LoadErrorKind::BadChoice { value: s.to_owned(), expected: "count, rate, rank, change, streak" })
        });
        let unit = row.reference("unit", errors, |k| units.iter().any(|u| u.key == k), LoadErrorKind::UnknownUnit);
        let direction = row.parse("direction", errors, |s| {
            Direction::parse(s).ok_or(LoadErrorKind::BadChoice { value: s.to_owned(), expected: Direction::KEYS })
        });
        let per_capita = row.parse("per_capita", errors, |s| {
            s.parse::<bool>().map_err(|_| LoadErrorKind::BadChoice { value: s.to_owned(), expected: "true, false" })
        });
        let (
            Some(key),
            Some(category),
            [Some(name_zh), Some(name_en), Some(def_zh), Some(def_en)],
            Some(kind),
            Some(unit),
            Some(direction),
            Some(per_capita),
        ) = (key, category, texts, kind, unit, direction, per_capita)
        else {
            continue;
        };
        if let Some(expected) = kind.required_unit().filter(|u| *u != unit) {
            let kind = kind.key();
            errors.push(row.error("unit", LoadErrorKind::UnitDoesNotFitKind { kind, expected, found: unit }));
            continue;
        }
        if per_capita && kind != IndicatorKind::Count {
            errors.push(row.error("per_capita", LoadErrorKind::PerCapitaNotCount));
            continue;
        }
        if let Some(first_line) = seen.first(key.clone(), row.line) {
            errors.push(row.error("key", LoadErrorKind::Duplicate { what: format!("indicator {key}"), first_line }));
            continue;
        }
        indicators.push(Indicator {
            key,
            category,
            name: Text::new(name_zh, name_en),
            kind,
            unit,
            direction,
            per_capita,
            definition: Text::new(def_zh, def_en),
        });
    }
    indicators
}
