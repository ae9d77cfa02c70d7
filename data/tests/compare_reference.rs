//! `compare` against a second formulation of the same question, written from its definition
//! over the domain's own rows rather than the frames' columns: each region's latest figure (or
//! the period's), every region at the level of the highest reporter, a rank counted as one
//! more than the peers compared better. Both must agree on every indicator, period and
//! normalisation.
//!
//! (It was first a Polars lazy plan; Polars is built without `lazy` now, which saves the set-up
//! build its planner and engine crates. See DEVELOPERS.md.)

use data::{
    Dataset, SeedFiles,
    model::{Direction, Level, Observation},
    query::{Normalisation, PeriodChoice, compare},
    synthetic::{Spec, generate},
};
use std::collections::HashMap;

/// (region code, figure's value as reported, compared value, rank), sorted.
type Rows = Vec<(String, Option<f64>, Option<f64>, Option<u32>)>;

fn reference(data: &Dataset, key: &str, period: PeriodChoice, normalisation: Normalisation) -> Rows {
    let indicator = data.indicator(key).unwrap();
    let figures: Vec<&Observation> =
        data.rows_of_indicator(key).iter().map(|&row| &data.observations()[row as usize]).collect();
    let chosen: HashMap<&str, &Observation> = match period {
        PeriodChoice::Exact(p) => figures.iter().filter(|o| o.period == p).map(|o| (&*o.region, *o)).collect(),
        PeriodChoice::Latest => {
            let mut latest_end: HashMap<&str, _> = HashMap::new();
            for o in &figures {
                let end = latest_end.entry(&*o.region).or_insert(o.period.end_key());
                *end = (*end).max(o.period.end_key());
            }
            figures.iter().filter(|o| latest_end[&*o.region] == o.period.end_key()).map(|o| (&*o.region, *o)).collect()
        }
    };
    let level = chosen.keys().map(|code| data.region(code).unwrap().level).min().unwrap_or(Level::Prefecture);
    let compared_value = |code: &str, o: &Observation| match normalisation {
        Normalisation::Absolute => Some(o.value),
        Normalisation::PerTenThousand => {
            data.region(code).unwrap().population.as_ref().map(|p| o.value / p.residents as f64 * 10_000.0)
        }
    };
    let peers: Vec<(&str, Option<f64>, Option<f64>)> = data
        .regions()
        .iter()
        .filter(|r| r.level == level)
        .map(|r| {
            let figure = chosen.get(&*r.code);
            (&*r.code, figure.map(|o| o.value), figure.and_then(|o| compared_value(&r.code, o)))
        })
        .collect();
    let descending = indicator.direction != Direction::LowerIsBetter;
    let better = |a: f64, b: f64| if descending { a > b } else { a < b };
    let mut out: Rows = peers
        .iter()
        .map(|&(code, value, compared)| {
            let rank = compared
                .filter(|_| indicator.ranks_reporters())
                .map(|own| 1 + peers.iter().filter_map(|p| p.2).filter(|&other| better(other, own)).count() as u32);
            (code.to_owned(), value, compared, rank)
        })
        .collect();
    out.sort_by(|a, b| a.partial_cmp(b).unwrap());
    out
}

fn compared(data: &Dataset, key: &str, period: PeriodChoice, normalisation: Normalisation) -> Rows {
    let comparison = compare(data, key, period, normalisation).unwrap();
    let mut out: Rows = comparison
        .rows
        .iter()
        .map(|r| (r.region.code.clone(), r.observation.map(|o| o.value), r.value, r.rank))
        .collect();
    out.sort_by(|a, b| a.partial_cmp(b).unwrap());
    out
}

fn agree_everywhere(data: &Dataset) -> usize {
    let mut checked = 0;
    for indicator in data.indicators() {
        let detail = data::query::indicator_detail(data, &indicator.key).unwrap();
        let periods =
            std::iter::once(PeriodChoice::Latest).chain(detail.periods.iter().map(|&p| PeriodChoice::Exact(p)));
        for period in periods {
            let normalisations: &[Normalisation] = if indicator.per_capita {
                &[Normalisation::Absolute, Normalisation::PerTenThousand]
            } else {
                &[Normalisation::Absolute]
            };
            for &normalisation in normalisations {
                let (ours, theirs) = (
                    compared(data, &indicator.key, period, normalisation),
                    reference(data, &indicator.key, period, normalisation),
                );
                assert_eq!(ours, theirs, "{} {period:?} {normalisation:?}", indicator.key);
                checked += 1;
            }
        }
    }
    checked
}

#[test]
fn the_seed_compares_as_its_definition_does() {
    let data = data::load(&SeedFiles::embedded()).unwrap();
    assert!(agree_everywhere(&data) > 20);
}

#[test]
fn synthetic_national_shapes_compare_as_their_definition_does() {
    let seed = data::validate::tables(&SeedFiles::embedded()).unwrap();
    let spec = Spec {
        seed: 3,
        provinces: 2,
        prefectures_per_province: 4,
        counties: 60,
        indicators: 16,
        years: 4,
        last_year: 2024,
    };
    let data = Dataset::new(generate(&spec, &seed.categories, &seed.units).unwrap());
    assert!(agree_everywhere(&data) > 60);
}
