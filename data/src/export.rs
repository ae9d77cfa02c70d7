//! The whole dataset as open data.

use crate::dataset::Dataset;

/// Header of `/downloads/observations.csv`.
pub const OBSERVATION_COLUMNS: [&str; 10] = [
    "region_code",
    "region_name",
    "indicator",
    "indicator_name",
    "period",
    "value",
    "qualifier",
    "unit",
    "source",
    "quote",
];

/// Every observation as UTF-8 CSV, one row each, in seed order. Names are Chinese, the
/// language of the source; `period`, `qualifier` and `unit` are the stable keys.
pub fn observations_csv(data: &Dataset) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(OBSERVATION_COLUMNS)?;
    for o in data.observations() {
        let region = data.region(&o.region).map_or("", |r| r.name.zh.as_str());
        let indicator = data.indicator(&o.indicator);
        let name = indicator.map_or("", |i| i.name.zh.as_str());
        let unit = indicator.map_or("", |i| i.unit.as_str());
        let source = data.source(&o.source).map_or(o.source.as_str(), |s| s.title.as_str());
        writer.write_record([
            o.region.as_str(),
            region,
            o.indicator.as_str(),
            name,
            &o.period.to_string(),
            &o.value.to_string(),
            o.qualifier.key(),
            unit,
            source,
            o.quote.as_str(),
        ])?;
    }
    writer.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}
