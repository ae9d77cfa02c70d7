//! The supervision office's pages: the board, data entry, uploads, the audit trail.

use super::Choice;
use serde::{Deserialize, Serialize};

/// The signed-in person, as pages need them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub name: String,
    pub role: String,
    pub region: Option<String>,
    /// Put in every form as `csrf`.
    pub csrf: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardRowView {
    pub target_id: String,
    pub indicator_key: String,
    pub indicator: String,
    pub region_code: String,
    pub region: String,
    pub status_key: String,
    pub status: String,
    pub symbol: String,
    /// "82.7%(未注明时间(2022年9月发表))" or empty.
    pub figure: String,
    /// "≥ 70%".
    pub target: String,
    /// For a target no document states, worked out from the source's sentence: how.
    pub derivation: Option<String>,
    /// "+12.7个百分点" or empty.
    pub gap: String,
    pub deadline: String,
    pub overdue: bool,
    pub set_by: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardPage {
    pub me: Me,
    pub rows: Vec<BoardRowView>,
    pub counts: Vec<(String, String, usize)>,
    pub statuses: Vec<Choice>,
    pub regions: Vec<Choice>,
    pub categories: Vec<Choice>,
    pub owners: Vec<Choice>,
    pub overdue_only: bool,
    pub sort_by_region: bool,
    /// The query string of the current filter, for the CSV link.
    pub csv_query: String,
    pub today: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryView {
    pub value: String,
    pub entered_by: String,
    pub entered_at: String,
    pub reason: String,
    pub current: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryPage {
    pub me: Me,
    pub regions: Vec<Choice>,
    pub indicators: Vec<Choice>,
    pub sources: Vec<Choice>,
    pub frozen: Vec<String>,
    /// Every version of the chosen figure, newest first.
    pub history: Vec<HistoryView>,
    /// A refused post's fields and `error`, to fill the form with.
    pub draft: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadRowView {
    pub row: u64,
    pub region: String,
    pub indicator: String,
    pub period: String,
    pub value: String,
    pub previous: String,
    /// new, changed or unchanged.
    pub change: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadErrorView {
    pub row: u64,
    pub column: String,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadPage {
    pub me: Me,
    pub id: i64,
    pub file_name: String,
    pub status: String,
    /// Why the file as a whole cannot be read.
    pub file_error: Option<String>,
    pub rows: Vec<UploadRowView>,
    pub errors: Vec<UploadErrorView>,
    /// The upload committed earlier with the same bytes.
    pub same_as: Option<i64>,
    pub applied: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRowView {
    pub at: String,
    pub user: String,
    pub action: String,
    pub entity: String,
    pub before: String,
    pub after: String,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub me: Me,
    pub rows: Vec<AuditRowView>,
    pub csv_query: String,
}

/// A target as the form edits it (raw keys) and as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetView {
    pub id: String,
    pub indicator_key: String,
    pub indicator: String,
    pub scope_code: String,
    pub scope: String,
    pub comparator: String,
    pub value: String,
    /// "≥ 70%".
    pub label: String,
    pub period: String,
    pub period_label: String,
    pub deadline: String,
    pub set_by: String,
    pub document: String,
    pub note: String,
    /// For a target no document states, worked out from the source's sentence: how.
    pub derivation: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetsPage {
    pub me: Me,
    pub targets: Vec<TargetView>,
    pub indicators: Vec<Choice>,
    pub regions: Vec<Choice>,
    pub frozen: Vec<String>,
    /// A refused post's fields and `error`, to fill the form with.
    pub draft: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserView {
    pub id: i64,
    pub name: String,
    pub role: String,
    pub region: String,
    pub active: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsersPage {
    pub me: Me,
    pub users: Vec<UserView>,
    pub regions: Vec<Choice>,
}

/// One region's printable report: its status against every target, and its figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportPage {
    pub me: Me,
    pub region: String,
    pub today: String,
    pub rows: Vec<BoardRowView>,
    pub figures: Vec<super::FigureView>,
    pub sources: Vec<super::SourceRef>,
}
