//! The reference tables: sources, units, categories and regions.

use super::{
    LoadError, LoadErrorKind, SeedFiles,
    table::{Seen, Table},
};
use crate::{
    lang::Text,
    model::{Category, Level, Population, Region, Source, Unit},
};

pub(super) fn sources(files: &SeedFiles, errors: &mut Vec<LoadError>) -> Vec<Source> {
    let required = ["id", "title", "publisher", "published", "url", "note"];
    let Some(table) = Table::read(files, "sources.csv", &required, errors) else { return vec![] };
    let mut seen = Seen::default();
    let mut sources = Vec::new();
    for row in table.rows() {
        let (Some(id), Some(title), Some(publisher), Some(published)) = (
            row.required("id", errors),
            row.required("title", errors),
            row.required("publisher", errors),
            row.required("published", errors),
        ) else {
            continue;
        };
        if let Some(first_line) = seen.first(id.clone(), row.line) {
            errors.push(row.error("id", LoadErrorKind::Duplicate { what: format!("source {id}"), first_line }));
            continue;
        }
        let url = Some(row.text("url").to_owned()).filter(|u| !u.is_empty());
        let note = row.text("note").to_owned();
        sources.push(Source { id, title, publisher, published, url, note });
    }
    sources
}

pub(super) fn units(files: &SeedFiles, errors: &mut Vec<LoadError>) -> Vec<Unit> {
    let Some(table) = Table::read(files, "units.csv", &["key", "symbol_zh", "name_en"], errors) else {
        return vec![];
    };
    let mut seen = Seen::default();
    let mut units = Vec::new();
    for row in table.rows() {
        let (Some(key), Some(zh), Some(en)) =
            (row.required("key", errors), row.required("symbol_zh", errors), row.required("name_en", errors))
        else {
            continue;
        };
        if let Some(first_line) = seen.first(key.clone(), row.line) {
            errors.push(row.error("key", LoadErrorKind::Duplicate { what: format!("unit {key}"), first_line }));
            continue;
        }
        units.push(Unit { key, symbol: Text::new(zh, en) });
    }
    units
}

pub(super) fn categories(files: &SeedFiles, errors: &mut Vec<LoadError>) -> Vec<Category> {
    let required = ["key", "name_zh", "name_en", "framework_zh", "framework_en"];
    let Some(table) = Table::read(files, "categories.csv", &required, errors) else { return vec![] };
    let mut seen = Seen::default();
    let mut categories = Vec::new();
    for row in table.rows() {
        let fields = required.map(|c| row.required(c, errors));
        let [Some(key), Some(name_zh), Some(name_en), Some(fw_zh), Some(fw_en)] = fields else { continue };
        if let Some(first_line) = seen.first(key.clone(), row.line) {
            errors.push(row.error("key", LoadErrorKind::Duplicate { what: format!("category {key}"), first_line }));
            continue;
        }
        categories.push(Category { key, name: Text::new(name_zh, name_en), framework: Text::new(fw_zh, fw_en) });
    }
    categories
}

pub(super) fn regions(files: &SeedFiles, sources: &[Source], errors: &mut Vec<LoadError>) -> Vec<Region> {
    let required = ["code", "name_zh", "name_en", "level", "parent", "population", "population_source"];
    let Some(table) = Table::read(files, "regions.csv", &required, errors) else { return vec![] };
    let code = |s: &str| {
        if s.len() == 6 && s.bytes().all(|b| b.is_ascii_digit()) {
            Ok(s.to_owned())
        } else {
            Err(LoadErrorKind::BadRegionCode(s.to_owned()))
        }
    };
    let mut seen = Seen::default();
    let mut regions: Vec<Region> = Vec::new();
    for row in table.rows() {
        let code_field = row.parse("code", errors, code);
        let name_zh = row.required("name_zh", errors);
        let name_en = row.required("name_en", errors);
        let level = row.parse("level", errors, |s| {
            Level::parse(s)
                .ok_or(LoadErrorKind::BadChoice { value: s.to_owned(), expected: "province, prefecture, county" })
        });
        let parent = row.optional("parent", errors, |s| {
            let parent = code(s)?;
            match regions.iter().any(|r| r.code == parent) {
                true => Ok(parent),
                false => Err(LoadErrorKind::UnknownRegion(parent)),
            }
        });
        let residents = row
            .optional("population", errors, |s| s.parse::<u64>().map_err(|_| LoadErrorKind::BadNumber(s.to_owned())));
        let population_source =
            row.optional("population_source", errors, |s| match sources.iter().any(|source| source.id == s) {
                true => Ok(s.to_owned()),
                false => Err(LoadErrorKind::UnknownSource(s.to_owned())),
            });
        let (Some(code), Some(zh), Some(en), Some(level), Ok(parent), Ok(residents), Ok(source)) =
            (code_field, name_zh, name_en, level, parent, residents, population_source)
        else {
            continue;
        };
        let population = match (residents, source) {
            (Some(residents), Some(source)) => Some(Population { residents, source }),
            (None, None) => None,
            (Some(_), None) => {
                errors.push(row.error("population_source", LoadErrorKind::Empty));
                continue;
            }
            (None, Some(_)) => {
                errors.push(row.error("population", LoadErrorKind::Empty));
                continue;
            }
        };
        if let Some(first_line) = seen.first(code.clone(), row.line) {
            errors.push(row.error("code", LoadErrorKind::Duplicate { what: format!("region {code}"), first_line }));
            continue;
        }
        regions.push(Region { code, name: Text::new(zh, en), level, parent, population });
    }
    regions
}
