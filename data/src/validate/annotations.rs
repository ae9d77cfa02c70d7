//! Honours, named practices and targets.

use super::{
    LoadError, LoadErrorKind, SeedFiles,
    observations::Known,
    table::{Seen, Table},
};
use crate::{
    lang::Text,
    model::{Honour, HonourLevel, HonourStatus, Practice, Target},
};

pub(super) fn honours(files: &SeedFiles, known: &Known, errors: &mut Vec<LoadError>) -> Vec<Honour> {
    let required = ["region", "level", "status", "year", "title_zh", "title_en", "source", "quote"];
    let Some(table) = Table::read(files, "honours.csv", &required, errors) else { return vec![] };
    let mut honours = Vec::new();
    for row in table.rows() {
        let region = known.region(&row, "region", errors);
        let level = row.parse("level", errors, |s| {
            HonourLevel::parse(s)
                .ok_or(LoadErrorKind::BadChoice { value: s.to_owned(), expected: "national, provincial" })
        });
        let status = row.parse("status", errors, |s| {
            HonourStatus::parse(s)
                .ok_or(LoadErrorKind::BadChoice { value: s.to_owned(), expected: "awarded, nominated" })
        });
        let year =
            row.optional("year", errors, |s| s.parse::<u16>().map_err(|_| LoadErrorKind::BadNumber(s.to_owned())));
        let [zh, en, quote] = ["title_zh", "title_en", "quote"].map(|c| row.required(c, errors));
        let source = known.source(&row, errors);
        let (Some(region), Some(level), Some(status), Ok(year), Some(zh), Some(en), Some(source), Some(quote)) =
            (region, level, status, year, zh, en, source, quote)
        else {
            continue;
        };
        honours.push(Honour { region, level, status, year, title: Text::new(zh, en), source, quote });
    }
    honours
}

pub(super) fn practices(files: &SeedFiles, known: &Known, errors: &mut Vec<LoadError>) -> Vec<Practice> {
    let required = ["region", "name_zh", "name_en", "summary_zh", "summary_en", "source", "quote"];
    let Some(table) = Table::read(files, "practices.csv", &required, errors) else { return vec![] };
    let mut practices = Vec::new();
    for row in table.rows() {
        let region = known.region(&row, "region", errors);
        let texts = ["name_zh", "name_en", "summary_zh", "summary_en", "quote"].map(|c| row.required(c, errors));
        let source = known.source(&row, errors);
        let (Some(region), [Some(name_zh), Some(name_en), Some(sum_zh), Some(sum_en), Some(quote)], Some(source)) =
            (region, texts, source)
        else {
            continue;
        };
        let (name, summary) = (Text::new(name_zh, name_en), Text::new(sum_zh, sum_en));
        practices.push(Practice { region, name, summary, source, quote });
    }
    practices
}

pub(super) fn targets(files: &SeedFiles, known: &Known, errors: &mut Vec<LoadError>) -> Vec<Target> {
    let required = [
        "id",
        "indicator",
        "scope",
        "comparator",
        "value",
        "period",
        "deadline",
        "set_by",
        "document",
        "note",
        "source",
        "quote",
        "derivation_zh",
        "derivation_en",
    ];
    let Some(table) = Table::read(files, "targets.csv", &required, errors) else { return vec![] };
    let mut seen = Seen::default();
    let mut targets = Vec::new();
    for row in table.rows() {
        let target = super::target_entry::parse_target(&row, known, errors);
        let quote = row.required("quote", errors);
        let source = known.source(&row, errors);
        let derivation = match [row.text("derivation_zh").trim(), row.text("derivation_en").trim()] {
            ["", ""] => None,
            [zh, en] if !zh.is_empty() && !en.is_empty() => Some(Text::new(zh, en)),
            [zh, _] => {
                let column = if zh.is_empty() { "derivation_zh" } else { "derivation_en" };
                errors.push(row.error(column, LoadErrorKind::Empty));
                continue;
            }
        };
        let (Some(target), Some(source), Some(quote)) = (target, source, quote) else { continue };
        if let Some(first_line) = seen.first(target.id.clone(), row.line) {
            let what = format!("target {}", target.id);
            errors.push(row.error("id", LoadErrorKind::Duplicate { what, first_line }));
            continue;
        }
        targets.push(Target { source: Some(source), quote, derivation, ..target });
    }
    targets
}
