use super::value_text;
use crate::{
    i18n::{Lang, Text},
    model::{Choice, EntryPage, HistoryView, Me, UploadErrorView, UploadPage, UploadRowView},
};
use data::{
    Dataset, LoadErrors,
    entry::DecodeError,
    model::Observation,
    store::{ObservationChange, ObservationRecord, Upload},
};

fn choice(value: &str, label: String) -> Choice {
    Choice { value: value.to_owned(), label, selected: false }
}

pub fn entry(data: &Dataset, me: Me, frozen: Vec<String>, history: &[ObservationRecord], lang: Lang) -> EntryPage {
    let l = lang.into();
    let editable = |code: &str| me.role == "supervisor" || me.region.as_deref() == Some(code);
    EntryPage {
        regions: data
            .regions()
            .iter()
            .filter(|r| editable(&r.code))
            .map(|r| choice(&r.code, format!("{} {}", r.code, r.name.get(l))))
            .collect(),
        indicators: data.indicators().iter().map(|i| choice(&i.key, i.name.get(l).to_owned())).collect(),
        sources: data.sources().iter().map(|s| choice(&s.id, format!("《{}》 {}", s.title, s.published))).collect(),
        frozen,
        history: history
            .iter()
            .map(|h| HistoryView {
                value: value_text(data, &h.observation, lang),
                entered_by: h.entered_by.clone().unwrap_or_else(|| lang.t(Text::SeedImport).to_owned()),
                entered_at: h.entered_at.clone(),
                reason: h.reason.clone(),
                current: h.superseded_by.is_none(),
            })
            .collect(),
        me,
    }
}

fn current<'a>(data: &'a Dataset, o: &Observation) -> Option<&'a Observation> {
    data.observations().iter().find(|c| c.region == o.region && c.indicator == o.indicator && c.period == o.period)
}

/// The preview of an upload: each row and what it would change, or every error.
pub fn upload(
    data: &Dataset,
    me: Me,
    upload: &Upload,
    parsed: Result<Result<Vec<ObservationChange>, LoadErrors>, DecodeError>,
    same_as: Option<i64>,
    lang: Lang,
) -> UploadPage {
    let l = lang.into();
    let mut page = UploadPage {
        me,
        id: upload.id,
        file_name: upload.file_name.clone(),
        status: upload.status.key().to_owned(),
        file_error: None,
        rows: vec![],
        errors: vec![],
        same_as: same_as.filter(|id| *id != upload.id),
        applied: upload.applied,
    };
    match parsed {
        Err(file_error) => {
            let text = match file_error {
                DecodeError::Empty => Text::FileEmpty,
                DecodeError::Xlsx(_) | DecodeError::NoSheet => Text::FileBadXlsx,
                DecodeError::Encoding => Text::FileBadEncoding,
            };
            page.file_error = Some(lang.t(text).to_owned());
        }
        Ok(Err(errors)) => {
            page.errors = errors
                .0
                .iter()
                .map(|e| UploadErrorView {
                    row: e.line,
                    column: e.column_name().to_owned(),
                    message: super::load_error_text(&e.kind, lang),
                })
                .collect();
        }
        Ok(Ok(changes)) => {
            page.rows = changes
                .iter()
                .enumerate()
                .map(|(index, change)| {
                    let o = &change.observation;
                    let previous = current(data, o);
                    let change = match previous {
                        None => Text::ChangeNew,
                        Some(p) if p == o => Text::ChangeUnchanged,
                        Some(_) => Text::ChangeCorrected,
                    };
                    UploadRowView {
                        row: index as u64 + 2,
                        region: data.region(&o.region).map_or(o.region.to_string(), |r| r.name.get(l).to_owned()),
                        indicator: data
                            .indicator(&o.indicator)
                            .map_or(o.indicator.to_string(), |i| i.name.get(l).to_owned()),
                        period: o.period.label(l),
                        value: value_text(data, o, lang),
                        previous: previous.map(|p| value_text(data, p, lang)).unwrap_or_default(),
                        change: lang.t(change).to_owned(),
                    }
                })
                .collect();
        }
    }
    page
}
