use super::value_text;
use crate::{
    i18n::{Lang, Text},
    model::{Choice, EntryPage, HistoryView, Me, UploadErrorView, UploadPage, UploadRowView},
};
use data::{
    Dataset, LoadErrors,
    entry::DecodeError,
    store::{ObservationChange, ObservationRecord, Upload},
};

fn choice(value: &str, label: String) -> Choice {
    Choice { value: value.to_owned(), label, selected: false }
}

pub fn entry(data: &Dataset, me: Me, frozen: Vec<String>, history: &[ObservationRecord], lang: Lang) -> EntryPage {
    let editable = |code: &str| me.role == "supervisor" || me.region.as_deref() == Some(code);
    EntryPage {
        regions: data
            .regions()
            .iter()
            .filter(|r| editable(&r.code))
            .map(|r| choice(&r.code, format!("{} {}", r.code, r.name.get(lang))))
            .collect(),
        indicators: data.indicators().iter().map(|i| choice(&i.key, i.name.get(lang).to_owned())).collect(),
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
        draft: vec![],
    }
}

/// Why a file could not be read, in the reader's language.
fn decode_error_text(error: &DecodeError, lang: Lang) -> String {
    use data::entry::budget;
    let with = |text: Text, n: u64| crate::i18n::fill(lang.t(text), &[("n", n.to_string())]);
    match error {
        DecodeError::Empty => lang.t(Text::FileEmpty).to_owned(),
        DecodeError::Xlsx(_) | DecodeError::NoSheet => lang.t(Text::FileBadXlsx).to_owned(),
        DecodeError::Encoding => lang.t(Text::FileBadEncoding).to_owned(),
        DecodeError::Inflates => with(Text::FileInflates, budget::INFLATED_BYTES >> 20),
        DecodeError::TooWide => with(Text::FileTooWide, budget::COLUMNS.into()),
        DecodeError::TooManyRows => with(Text::FileTooManyRows, budget::ROWS as u64),
        DecodeError::TooManyCells => with(Text::FileTooManyCells, budget::CELLS as u64),
    }
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
        Err(file_error) => page.file_error = Some(decode_error_text(&file_error, lang)),
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
                    let previous = data.current(&o.region, &o.indicator, o.period);
                    let change = match previous {
                        None => Text::ChangeNew,
                        Some(p) if p == o => Text::ChangeUnchanged,
                        Some(_) => Text::ChangeCorrected,
                    };
                    UploadRowView {
                        row: index as u64 + 2,
                        region: data.region(&o.region).map_or(o.region.to_string(), |r| r.name.get(lang).to_owned()),
                        indicator: data
                            .indicator(&o.indicator)
                            .map_or(o.indicator.to_string(), |i| i.name.get(lang).to_owned()),
                        period: o.period.label(lang),
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
