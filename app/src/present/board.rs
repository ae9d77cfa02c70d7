use super::value_text_of;
use crate::{
    i18n::{Lang, Text},
    model::{BoardPage, BoardRowView, Choice, Me},
};
use data::{
    Dataset,
    model::Qualifier,
    supervision::{BoardFilter, BoardRow, Status},
};

pub(crate) fn status_text(status: Status) -> Text {
    match status {
        Status::Met => Text::StatusMet,
        Status::OnTrack => Text::StatusOnTrack,
        Status::AtRisk => Text::StatusAtRisk,
        Status::Missed => Text::StatusMissed,
        Status::NoData => Text::StatusNoData,
    }
}

pub fn board_row(data: &Dataset, row: &BoardRow, lang: Lang) -> Option<BoardRowView> {
    let t = &row.target;
    let indicator = data.indicator(&t.indicator)?;
    let unit = data.unit(&indicator.unit)?;
    let region = data.region(&row.region)?;
    let a = &row.assessment;
    let figure = a.figure.map_or_else(String::new, |(period, value, qualifier)| {
        format!("{}({})", value_text_of(data, indicator, value, qualifier, lang), period.label(lang))
    });
    let target =
        format!("{} {}", t.comparator.symbol(), value_text_of(data, indicator, t.value, Qualifier::Exact, lang));
    Some(BoardRowView {
        target_id: t.id.clone(),
        indicator_key: indicator.key.clone(),
        indicator: indicator.name.get(lang).to_owned(),
        region_code: region.code.clone(),
        region: region.name.get(lang).to_owned(),
        status_key: a.status.key().to_owned(),
        status: lang.t(status_text(a.status)).to_owned(),
        symbol: a.status.symbol().to_owned(),
        figure,
        target,
        derivation: t.derivation.as_ref().map(|d| d.get(lang).to_owned()),
        gap: a.gap.map(|g| data::format::gap(g, unit, lang)).unwrap_or_default(),
        deadline: a.deadline.map(|d| d.to_string()).unwrap_or_default(),
        overdue: a.overdue,
        set_by: t.set_by.clone(),
    })
}

fn choices<'a>(items: impl Iterator<Item = (&'a str, String)>, selected: Option<&str>) -> Vec<Choice> {
    items.map(|(value, label)| Choice { selected: selected == Some(value), value: value.to_owned(), label }).collect()
}

pub fn board(data: &Dataset, me: Me, filter: &BoardFilter, csv_query: String, lang: Lang) -> BoardPage {
    let today = data::supervision::today();
    let all = data::supervision::board(data, &BoardFilter::default(), today);
    let rows = data::supervision::board(data, filter, today);
    let counts = Status::ALL
        .iter()
        .map(|s| {
            let n = all.iter().filter(|r| r.assessment.status == *s).count();
            (s.key().to_owned(), lang.t(status_text(*s)).to_owned(), n)
        })
        .collect();
    let mut owners: Vec<&str> = data.targets().iter().map(|t| t.set_by.as_str()).collect();
    owners.dedup();
    let mut regions: Vec<&str> = all.iter().map(|r| r.region.as_str()).collect();
    regions.sort_unstable();
    regions.dedup();
    let mut categories: Vec<&str> = all.iter().map(|r| r.category.as_str()).collect();
    categories.sort_unstable();
    categories.dedup();
    BoardPage {
        me,
        rows: rows.iter().filter_map(|r| board_row(data, r, lang)).collect(),
        counts,
        statuses: choices(
            Status::ALL.iter().map(|s| (s.key(), lang.t(status_text(*s)).to_owned())),
            filter.status.map(Status::key),
        ),
        regions: choices(
            regions.into_iter().filter_map(|c| Some((c, data.region(c)?.name.get(lang).to_owned()))),
            filter.region.as_deref(),
        ),
        categories: choices(
            categories.into_iter().filter_map(|c| Some((c, data.category(c)?.name.get(lang).to_owned()))),
            filter.category.as_deref(),
        ),
        owners: choices(owners.into_iter().map(|o| (o, o.to_owned())), filter.owner.as_deref()),
        overdue_only: filter.overdue_only,
        sort_by_region: filter.sort == data::supervision::BoardSort::Region,
        csv_query,
        today: today.to_string(),
    }
}
