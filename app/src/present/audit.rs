use crate::model::{AuditPage, AuditRowView, Me};
use data::store::AuditEntry;

pub fn audit(me: Me, entries: &[AuditEntry], csv_query: String) -> AuditPage {
    AuditPage {
        me,
        rows: entries
            .iter()
            .map(|e| AuditRowView {
                at: e.at.clone(),
                user: e.user_name.clone(),
                action: e.action.clone(),
                entity: e.entity.clone(),
                before: e.before.clone().unwrap_or_default(),
                after: e.after.clone().unwrap_or_default(),
                reason: e.reason.clone(),
            })
            .collect(),
        csv_query,
    }
}
