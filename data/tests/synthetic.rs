//! The synthetic national dataset: deterministic, real-shaped, and never real.

use data::{
    Dataset, SeedFiles,
    model::Level,
    query::{PeriodChoice, compare, region_profile},
    synthetic::{Spec, SpecError, generate},
};

fn small(seed: u64) -> Spec {
    Spec { seed, provinces: 2, prefectures_per_province: 3, counties: 40, indicators: 12, years: 5, last_year: 2024 }
}

fn tables(spec: &Spec) -> data::dataset::Tables {
    let seed = data::validate::tables(&SeedFiles::embedded()).unwrap();
    generate(spec, &seed.categories, &seed.units).unwrap()
}

#[test]
fn the_same_seed_gives_the_same_data_and_another_seed_other_data() {
    let (a, b, c) = (tables(&small(7)), tables(&small(7)), tables(&small(8)));
    assert_eq!(a.observations, b.observations);
    assert_eq!(a.regions, b.regions);
    assert_ne!(a.observations, c.observations);
}

#[test]
fn regions_form_a_province_prefecture_county_tree_outside_real_codes() {
    let t = tables(&small(1));
    let count = |level| t.regions.iter().filter(|r| r.level == level).count();
    assert_eq!((count(Level::Province), count(Level::Prefecture), count(Level::County)), (2, 6, 40));
    for region in &t.regions {
        // GB/T 2260 assigns no province code from 90 up.
        assert!(region.code.as_str() >= "900000", "{}", region.code);
        assert!(region.name.zh.starts_with("合成") && region.name.en.starts_with("Synthetic"));
        let parent = region.parent.as_ref().map(|p| t.regions.iter().find(|r| &r.code == p).unwrap());
        let expected = match region.level {
            Level::Province => None,
            Level::Prefecture => Some(Level::Province),
            Level::County => Some(Level::Prefecture),
        };
        assert_eq!(parent.map(|p| p.level), expected, "{}", region.code);
        if let Some(parent) = parent {
            assert_eq!(&region.code[..2], &parent.code[..2]);
        }
    }
}

#[test]
fn figures_have_gaps_and_qualifiers_like_real_reporting() {
    let t = tables(&Spec { counties: 200, ..small(3) });
    let full = 200 * 12 * 5;
    let n = t.observations.len();
    assert!(n < full && n > full * 9 / 10, "{n} of {full}");
    assert!(t.observations.iter().any(|o| o.qualifier != data::model::Qualifier::Exact));
    assert!(t.observations.iter().all(|o| o.provenance.source == data::synthetic::SOURCE_ID));
}

#[test]
fn queries_run_on_it_and_rank_every_county() {
    let mut t = tables(&small(1));
    t.synthetic = true;
    let data = Dataset::new(t);
    assert!(data.is_synthetic());
    let comparison = compare(&data, "synthetic_001", PeriodChoice::Latest, Default::default()).unwrap();
    assert_eq!(comparison.rows.len(), 40);
    let county = comparison.rows[0].region.code.clone();
    let profile = region_profile(&data, &county).unwrap();
    assert!(profile.categories.iter().flat_map(|(_, f)| f).any(|f| f.rank == Some((1, comparison.reporting()))));
    let prefecture = region_profile(&data, "900100").unwrap();
    assert!(!prefecture.children.is_empty() && prefecture.children.iter().all(|c| c.level == Level::County));
}

#[test]
fn impossible_specs_are_refused() {
    let seed = data::validate::tables(&SeedFiles::embedded()).unwrap();
    let refuse = |spec: Spec| generate(&spec, &seed.categories, &seed.units).unwrap_err();
    assert_eq!(refuse(Spec { provinces: 11, ..small(1) }), SpecError::TooManyProvinces);
    assert_eq!(refuse(Spec { counties: 0, ..small(1) }), SpecError::Empty);
    assert_eq!(refuse(Spec { counties: 6 * 100, ..small(1) }), SpecError::TooManyPlaces);
}
