use crate::{
    dataset::Dataset,
    extract::{Candidate, Context, IndicatorInfo, RegionName},
    validate::ENTRY_COLUMNS,
};

/// The regions and indicators of a dataset as the extraction reads them: borrowed, built once
/// per text.
pub struct Catalogue<'a> {
    regions: Vec<RegionName<'a>>,
    indicators: Vec<IndicatorInfo<'a>>,
}

impl<'a> Catalogue<'a> {
    pub fn of(data: &'a Dataset) -> Self {
        let regions = data.regions().iter().map(|r| RegionName { code: &r.code, name: &r.name.zh }).collect();
        let indicators = data
            .indicators()
            .iter()
            .map(|i| IndicatorInfo {
                key: &i.key,
                name_zh: &i.name.zh,
                definition_zh: &i.definition.zh,
                unit: &i.unit,
                unit_symbol: data.unit(&i.unit).map_or("", |u| u.symbol.zh.as_str()),
                kind: i.kind.key(),
            })
            .collect();
        Self { regions, indicators }
    }

    pub fn context(&'a self, published: chrono::NaiveDate, source_region: Option<&'a str>) -> Context<'a> {
        Context { published, source_region, regions: &self.regions, indicators: &self.indicators }
    }
}

/// One figure as a row of the upload format ([`ENTRY_COLUMNS`]); the quote is the sentence as
/// printed and the figure the number as printed, so the public pages cite the report verbatim.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UploadRow {
    pub region: String,
    pub indicator: String,
    pub period: String,
    pub value: String,
    pub qualifier: String,
    pub unit: String,
    pub figure: String,
    pub source: String,
    pub quote: String,
    pub note: String,
}

impl UploadRow {
    /// The row the extraction proposes; what it could not tell (region, indicator, period)
    /// stays empty for a person to fill in, and the upload's checks refuse it until they do.
    pub fn proposed(candidate: &Candidate, source: &str) -> Self {
        Self {
            region: candidate.region.clone().unwrap_or_default(),
            indicator: candidate.indicator.as_ref().map(|m| m.key.clone()).unwrap_or_default(),
            period: candidate.period.map(|p| p.to_string()).unwrap_or_default(),
            value: crate::format::plain(candidate.value),
            qualifier: candidate.qualifier.key().to_owned(),
            unit: candidate.unit_key.unwrap_or_default().to_owned(),
            figure: candidate.figure.clone(),
            source: source.to_owned(),
            quote: candidate.sentence.trim().to_owned(),
            note: String::new(),
        }
    }

    fn cells(&self) -> [&str; 11] {
        let r = self;
        [
            &r.region,
            &r.indicator,
            &r.period,
            &r.value,
            &r.qualifier,
            &r.unit,
            &r.figure,
            &r.source,
            &r.quote,
            &r.note,
            "",
        ]
    }
}

/// The rows as an upload file (UTF-8 CSV with the header row).
pub fn rows_csv(rows: &[UploadRow]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = writer.write_record(ENTRY_COLUMNS);
    for row in rows {
        let _ = writer.write_record(row.cells());
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}
