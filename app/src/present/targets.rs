use super::{board_row, figure_view, source_ref, value_text_of};
use crate::{
    error::AppError,
    i18n::Lang,
    model::{Choice, Me, ReportPage, TargetView, TargetsPage, UserView, UsersPage},
};
use data::{
    Dataset,
    model::{Level, Qualifier},
    store::User,
    supervision::BoardFilter,
};

fn choice(value: &str, label: String) -> Choice {
    Choice { value: value.to_owned(), label, selected: false }
}

fn region_choices(data: &Dataset, lang: Lang, levels: &[Level]) -> Vec<Choice> {
    data.regions()
        .iter()
        .filter(|r| levels.contains(&r.level))
        .map(|r| choice(&r.code, format!("{} {}", r.code, r.name.get(lang))))
        .collect()
}

pub fn targets(data: &Dataset, me: Me, frozen: Vec<String>, lang: Lang) -> TargetsPage {
    TargetsPage {
        me,
        targets: data
            .targets()
            .iter()
            .filter_map(|t| {
                let indicator = data.indicator(&t.indicator)?;
                let scope = data.region(&t.scope)?;
                let value = data::format::number(t.value).replace(',', "");
                Some(TargetView {
                    id: t.id.clone(),
                    indicator_key: indicator.key.clone(),
                    indicator: indicator.name.get(lang).to_owned(),
                    scope_code: scope.code.clone(),
                    scope: scope.name.get(lang).to_owned(),
                    comparator: t.comparator.key().to_owned(),
                    label: format!(
                        "{} {}",
                        t.comparator.symbol(),
                        value_text_of(data, indicator, t.value, Qualifier::Exact, lang)
                    ),
                    value: value.replace('−', "-"),
                    period: t.period.to_string(),
                    period_label: t.period.label(lang),
                    deadline: t.deadline.clone().unwrap_or_default(),
                    set_by: t.set_by.clone(),
                    document: t.document.clone(),
                    note: t.note.clone(),
                    derivation: t.derivation.as_ref().map(|d| d.get(lang).to_owned()),
                })
            })
            .collect(),
        indicators: data.indicators().iter().map(|i| choice(&i.key, i.name.get(lang).to_owned())).collect(),
        regions: region_choices(data, lang, &[Level::Province, Level::Prefecture, Level::County]),
        frozen,
        draft: vec![],
    }
}

pub fn users(data: &Dataset, me: Me, users: &[User], lang: Lang) -> UsersPage {
    UsersPage {
        me,
        users: users
            .iter()
            .map(|u| UserView {
                id: u.id,
                name: u.name.clone(),
                role: u.role.key().to_owned(),
                region: u
                    .region
                    .as_deref()
                    .map(|c| data.region(c).map_or(c.to_owned(), |r| r.name.get(lang).to_owned()))
                    .unwrap_or_default(),
                active: u.active,
            })
            .collect(),
        regions: region_choices(data, lang, &[Level::Prefecture, Level::County]),
    }
}

pub fn report(data: &Dataset, me: Me, code: &str, lang: Lang) -> Result<ReportPage, AppError> {
    let region = data.region(code).ok_or_else(|| AppError::NotFound(format!("region {code}")))?;
    let today = data::supervision::today();
    let filter = BoardFilter { region: Some(code.to_owned()), ..Default::default() };
    let rows = data::supervision::board(data, &filter, today);
    let figures: Vec<_> = data
        .observations()
        .iter()
        .filter(|o| o.region == code)
        .filter_map(|o| figure_view(data, o, None, lang))
        .collect();
    let mut source_ids: Vec<&str> =
        data.observations().iter().filter(|o| o.region == code).map(|o| o.provenance.source.as_str()).collect();
    source_ids.sort_unstable();
    source_ids.dedup();
    Ok(ReportPage {
        me,
        region: region.name.get(lang).to_owned(),
        today: today.to_string(),
        rows: rows.iter().filter_map(|r| board_row(data, r, lang)).collect(),
        figures,
        sources: source_ids.into_iter().filter_map(|id| data.source(id)).map(source_ref).collect(),
    })
}
