//! What the extraction rule tests share: a few regions and indicators, and short ways to ask
//! for a sentence's candidates.
#![allow(dead_code, unused_imports)] // Each test file uses its own part.

pub use chrono::NaiveDate;
pub use data::{
    extract::{Candidate, Context, Direction, IndicatorInfo, Kind, RegionName, extract},
    model::Qualifier::{self, *},
    period::Period,
};

pub const REGIONS: &[RegionName] = &[
    RegionName { code: "410000", name: "河南省" },
    RegionName { code: "410300", name: "洛阳市" },
    RegionName { code: "410500", name: "安阳市" },
    RegionName { code: "410600", name: "鹤壁市" },
    RegionName { code: "410700", name: "新乡市" },
    RegionName { code: "410611", name: "淇滨区" },
    RegionName { code: "410622", name: "淇县" },
];

pub const INDICATORS: &[IndicatorInfo] = &[
    IndicatorInfo {
        key: "enforcement_bodies_published",
        name_zh: "公告行政执法主体",
        definition_zh: "市、县两级政府公告的行政执法主体数",
        unit: "organisations",
        unit_symbol: "家",
        kind: "count",
    },
    IndicatorInfo {
        key: "legal_service_centres",
        name_zh: "法律服务中心",
        definition_zh: "建成的法律服务中心个数",
        unit: "units",
        unit_symbol: "个",
        kind: "count",
    },
    IndicatorInfo {
        key: "business_environment_rank",
        name_zh: "营商环境评价全省排名",
        definition_zh: "全省营商环境评价中在省辖市中的名次(1为最好)",
        unit: "rank",
        unit_symbol: "位",
        kind: "rank",
    },
];

pub fn context(source_region: Option<&'static str>) -> Context<'static> {
    let published = NaiveDate::from_ymd_opt(2022, 9, 17).unwrap_or_default();
    Context { published, source_region, regions: REGIONS, indicators: INDICATORS }
}

pub fn all(text: &str) -> Vec<Candidate> {
    extract(text, &context(None))
}

/// The one candidate of the text.
pub fn one(text: &str) -> Candidate {
    let found = all(text);
    assert_eq!(found.len(), 1, "{text}: {found:#?}");
    found.into_iter().next().unwrap_or_else(|| unreachable!())
}

pub fn none(text: &str) {
    let found = all(text);
    assert!(found.is_empty(), "{text} is no figure: {found:#?}");
}

pub fn value(text: &str, expected: f64, qualifier: Qualifier) {
    let c = one(text);
    assert!((c.value - expected).abs() < 1e-9, "{text}: {} != {expected}", c.value);
    assert_eq!(c.qualifier, qualifier, "{text}");
}
