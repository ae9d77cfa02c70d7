//! The office's reads: the board, a region's report, the audit trail, the entry, targets and
//! users pages. Each checks the signed-in person's role first.

use super::{
    access::{Action, check},
    drafts::read_kept,
    query, with_live,
};
use crate::{
    auth::SignedIn,
    error::AppError,
    i18n::Lang,
    model::{AuditPage, BoardPage, EntryPage, Me, ReportPage, TargetsPage, UsersPage},
    present,
    state::AppState,
};
use data::{store::AuditFilter, supervision::BoardFilter};

/// The signed-in person as pages show them (and the CSRF token their forms carry).
pub fn me(who: &SignedIn) -> Me {
    Me {
        name: who.user.name.clone(),
        role: who.user.role.key().to_owned(),
        region: who.user.region.clone(),
        csrf: who.csrf.clone(),
    }
}

/// The supervision board, filtered and sorted.
pub async fn board(state: &AppState, who: &SignedIn, filter: BoardFilter, lang: Lang) -> Result<BoardPage, AppError> {
    check(who, Action::OpenOffice)?;
    let (me, csv_query) = (me(who), super::board_query(&filter));
    query(state, move |data| Ok(present::board(data, me, &filter, csv_query, lang))).await
}

/// One region's printable report: its status against each target, its figures, the sources.
pub async fn report(state: &AppState, who: &SignedIn, code: String, lang: Lang) -> Result<ReportPage, AppError> {
    check(who, Action::OpenOffice)?;
    let me = me(who);
    query(state, move |data| present::report(data, me, &code, lang)).await
}

/// The audit trail, newest first, filtered.
pub async fn audit(state: &AppState, who: &SignedIn, filter: AuditFilter) -> Result<AuditPage, AppError> {
    check(who, Action::ReadAudit)?;
    let (me, csv_query) = (me(who), super::audit_query(&filter));
    with_live(state, move |live| Ok(present::audit(me, &live.figures().audit(&filter)?, csv_query))).await
}

/// The entry form's choices, every version of the chosen figure (`[region, indicator,
/// period]`) so the editor sees what they are about to correct, and a refused form's fields.
pub async fn entry_page(
    state: &AppState,
    who: &SignedIn,
    figure: [Option<String>; 3],
    draft: bool,
    lang: Lang,
) -> Result<EntryPage, AppError> {
    check(who, Action::Enter)?;
    let who = who.clone();
    with_live(state, move |live| {
        let store = live.figures();
        // Who entered what and why is for the people who may edit the figure: an editor sees
        // the history of their own region's figures only.
        let history = match figure {
            [Some(r), Some(i), Some(p)]
                if !r.is_empty() && !i.is_empty() && !p.is_empty() && who.user.may_edit_region(&r) =>
            {
                store.observation_history(&r, &i, &p)?
            }
            _ => vec![],
        };
        let frozen = store.frozen_periods()?;
        let mut page = present::entry(&live.dataset(), me(&who), frozen, &history, lang);
        if draft {
            page.draft = read_kept(live.accounts(), &who, "entry")?;
        }
        Ok(page)
    })
    .await
}

/// Targets and frozen periods, for the supervisor's forms.
pub async fn targets_page(state: &AppState, who: &SignedIn, draft: bool, lang: Lang) -> Result<TargetsPage, AppError> {
    check(who, Action::ManageTargets)?;
    let who = who.clone();
    with_live(state, move |live| {
        let frozen = live.figures().frozen_periods()?;
        let mut page = present::targets(&live.dataset(), me(&who), frozen, lang);
        if draft {
            page.draft = read_kept(live.accounts(), &who, "targets")?;
        }
        Ok(page)
    })
    .await
}

/// Everyone who may log in, for the administrator.
pub async fn users_page(state: &AppState, who: &SignedIn, lang: Lang) -> Result<UsersPage, AppError> {
    check(who, Action::ManageUsers)?;
    let me = me(who);
    with_live(state, move |live| Ok(present::users(&live.dataset(), me, &live.accounts().users()?, lang))).await
}
