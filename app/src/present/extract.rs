use crate::{
    i18n::{Lang, Text, fill},
    model::{CandidateView, Choice, ExtractPage, ExtractReview, Me},
};
use data::{
    Dataset,
    entry::report::{DocumentError, budget},
    extract::Candidate,
    model::{Qualifier, Source},
};

fn choice(value: &str, label: String) -> Choice {
    Choice { value: value.to_owned(), label, selected: false }
}

/// The regions this person may enter figures for.
fn regions(data: &Dataset, me: &Me, lang: Lang) -> Vec<Choice> {
    let editable = |code: &str| me.role == "supervisor" || me.region.as_deref() == Some(code);
    data.regions()
        .iter()
        .filter(|r| editable(&r.code))
        .map(|r| choice(&r.code, format!("{} {}", r.code, r.name.get(lang))))
        .collect()
}

pub fn extract_form(data: &Dataset, me: Me, lang: Lang) -> ExtractPage {
    ExtractPage {
        sources: data.sources().iter().map(|s| choice(&s.id, format!("《{}》 {}", s.title, s.published))).collect(),
        regions: regions(data, &me, lang),
        me,
    }
}

pub fn extract_review(
    data: &Dataset,
    me: Me,
    source: &Source,
    new_source: bool,
    (candidates, left_out): (Vec<Candidate>, bool),
    lang: Lang,
) -> ExtractReview {
    let qualifiers = Qualifier::ALL.iter().map(|q| choice(q.key(), format!("{} {}", q.key(), q.symbol()))).collect();
    ExtractReview {
        source: format!("《{}》 {} {}", source.title, source.publisher, source.published),
        new_source,
        rows: candidates.iter().enumerate().map(|(index, c)| candidate(index, c)).collect(),
        left_out,
        indicators: data.indicators().iter().map(|i| choice(&i.key, i.name.get(lang).to_owned())).collect(),
        regions: regions(data, &me, lang),
        units: data.units().iter().map(|u| choice(&u.key, format!("{} ({})", u.symbol.get(lang), u.key))).collect(),
        qualifiers,
        categories: data.categories().iter().map(|c| choice(&c.key, c.name.get(lang).to_owned())).collect(),
        me,
    }
}

fn candidate(index: usize, c: &Candidate) -> CandidateView {
    let s = &c.sentence;
    // The range is the extraction's and lies on character boundaries; if it ever did not, the
    // sentence is shown whole rather than cut.
    let (before, figure, after) =
        match (s.get(..c.figure_at.start), s.get(c.figure_at.clone()), s.get(c.figure_at.end..)) {
            (Some(b), Some(f), Some(a)) => (b, f, a),
            _ => (s.as_str(), "", ""),
        };
    let row = data::entry::report::UploadRow::proposed(c, "");
    CandidateView {
        index,
        before: before.to_owned(),
        figure: figure.to_owned(),
        after: after.to_owned(),
        thing: c.thing.clone(),
        score: c.indicator.as_ref().map(|m| format!("{:.2}", m.score)).unwrap_or_default(),
        indicator: row.indicator,
        value: row.value,
        qualifier: row.qualifier,
        period: row.period,
        region: row.region,
        unit: row.unit,
    }
}

/// Why a report could not be read, in the reader's language.
pub fn document_error_text(error: &DocumentError, lang: Lang) -> String {
    let with = |text: Text, n: u64| fill(lang.t(text), &[("n", n.to_string())]);
    match error {
        DocumentError::Empty => lang.t(Text::FileEmpty).to_owned(),
        DocumentError::Encoding => lang.t(Text::ExtractBadEncoding).to_owned(),
        DocumentError::Docx(_) => lang.t(Text::ExtractBadDocx).to_owned(),
        DocumentError::Inflates => with(Text::ExtractInflates, budget::DOCX_INFLATED_BYTES >> 20),
        DocumentError::TooLong => with(Text::ExtractTooLong, budget::CHARS as u64),
    }
}
