//! What an audit entry says, the same for every backend: the entry of each write and the JSON
//! of its before and after.

use super::{ChangeReport, User};
use crate::model::{Indicator, Observation, Source, Target};

/// What one audit entry says; `before` and `after` are JSON.
pub(super) struct Change<'a> {
    pub action: &'a str,
    pub entity: String,
    pub region: Option<&'a str>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub reason: &'a str,
}

impl<'a> Change<'a> {
    /// One entry for a batch of figures (an upload, an imported file): what it added,
    /// corrected and left unchanged.
    pub(super) fn batch(action: &'a str, entity: String, report: &ChangeReport, reason: &'a str) -> Self {
        let counts = serde_json::json!({
            "added": report.added,
            "corrected": report.corrected,
            "unchanged": report.unchanged,
        });
        Change { action, entity, region: None, before: None, after: Some(counts), reason }
    }

    /// Changes to the accounts (`user.*`) are audited but publish nothing: no new version of
    /// the data.
    pub(super) fn changes_data(&self) -> bool {
        !self.action.starts_with("user.")
    }
}

pub(super) fn observation_json(o: &Observation) -> serde_json::Value {
    serde_json::json!({
        "value": o.value,
        "qualifier": o.qualifier.key(),
        "figure": o.provenance.figure,
        "source": o.provenance.source,
        "quote": o.provenance.quote,
        "note": o.provenance.note,
    })
}

pub(super) fn user_json(u: &User) -> serde_json::Value {
    serde_json::json!({ "name": u.name, "role": u.role.key(), "region": u.region, "active": u.active })
}

pub(super) fn target_json(t: &Target) -> serde_json::Value {
    serde_json::json!({
        "indicator": t.indicator, "scope": t.scope, "comparator": t.comparator.key(), "value": t.value,
        "period": t.period.to_string(), "deadline": t.deadline, "set_by": t.set_by, "document": t.document,
        "note": t.note, "source": t.source, "quote": t.quote, "derivation_zh": t.derivation.as_ref().map(|d| &d.zh),
        "derivation_en": t.derivation.as_ref().map(|d| &d.en),
    })
}

pub(super) fn source_json(s: &Source) -> serde_json::Value {
    serde_json::json!({
        "title": s.title, "publisher": s.publisher, "published": s.published, "url": s.url, "note": s.note,
    })
}

pub(super) fn indicator_json(i: &Indicator) -> serde_json::Value {
    serde_json::json!({
        "category": i.category, "name_zh": i.name.zh, "name_en": i.name.en, "kind": i.kind.key(),
        "unit": i.unit, "direction": i.direction.key(), "definition_zh": i.definition.zh,
    })
}

/// How the actions of figures are named in the audit trail.
pub(super) fn observation_action(corrects: bool, frozen: bool) -> &'static str {
    match (corrects, frozen) {
        (false, _) => "observation.add",
        (true, false) => "observation.correct",
        (true, true) => "observation.correct_frozen",
    }
}
