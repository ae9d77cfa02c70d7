//! The store through the `Store` interface, on every backend, and the live dataset over it.

#[macro_use]
#[path = "support/backends.rs"]
mod backends;

use backends::Backend;
use data::{
    Live, SeedFiles,
    entry::{EntryContext, decode, observation_changes},
    store::{AuditFilter, NewUser, ObservationChange, Role, StoreError, User},
};

fn open(backend: &Backend) -> Live {
    Live::open(backend.open(), || data::validate::tables(&SeedFiles::embedded())).unwrap()
}

fn supervisor(live: &Live) -> User {
    let user = NewUser { name: "sup".into(), role: Role::Supervisor, region: None, password_hash: "x".into() };
    live.accounts().add_user(None, &user).unwrap()
}

fn editor(live: &Live, region: &str) -> User {
    let user = NewUser {
        name: format!("ed{region}"),
        role: Role::Editor,
        region: Some(region.into()),
        password_hash: "x".into(),
    };
    live.accounts().add_user(None, &user).unwrap()
}

fn changes(live: &Live, user: &User, csv: &str) -> Result<Vec<ObservationChange>, data::LoadErrors> {
    let frozen = live.figures().frozen_periods().unwrap();
    let data = live.dataset();
    observation_changes("upload.csv", csv, &EntryContext { data: &data, user, frozen: &frozen })
}

const HEADER: &str = "region,indicator,period,value,qualifier,unit,figure,source,quote,note,correction\n";

fn the_seed_is_imported_once_and_read_back_whole(backend: &Backend) {
    let seed = data::load(&SeedFiles::embedded()).unwrap();
    let live = open(backend);
    let tables = live.dataset().to_tables();
    assert_eq!(seed.observations(), &tables.observations);
    assert_eq!(tables.regions, seed.regions());
    assert_eq!(tables.targets, seed.targets());
    assert_eq!(tables.honours, seed.honours());
    drop(live);
    // Reopening does not import again.
    let live = open(backend);
    assert_eq!(live.dataset().observations().len(), seed.observations().len());
}

fn a_correction_supersedes_and_keeps_history_and_audit(backend: &Backend) {
    let live = open(backend);
    let sup = supervisor(&live);
    let before = live.dataset();
    let csv = format!(
        "{HEADER}410600,service_time_limit_reduction,undated-2022-09,83.1,exact,percent,,rmw-20220917,,年报第3页,\n"
    );
    let rows = changes(&live, &sup, &csv).unwrap();
    let report = live.write(|s| s.record_observations(&sup.actor(), &rows, "typo in the report")).unwrap();
    assert_eq!((report.added, report.corrected, report.unchanged), (0, 1, 0));
    // The old dataset is untouched; the new one has the new value.
    let value = |d: &data::Dataset| {
        d.observations()
            .iter()
            .find(|o| o.region == "410600" && o.indicator == "service_time_limit_reduction")
            .unwrap()
            .value
    };
    assert_eq!(value(&before), 82.7);
    assert_eq!(value(&live.dataset()), 83.1);
    let history =
        live.figures().observation_history("410600", "service_time_limit_reduction", "undated-2022-09").unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].observation.value, 83.1);
    assert_eq!(history[1].observation.value, 82.7);
    assert_eq!(history[1].superseded_by, Some(history[0].id));
    let audit =
        live.figures().audit(&AuditFilter { action: Some("observation".into()), ..Default::default() }).unwrap();
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].user_name, "sup");
    assert!(audit[0].before.as_deref().unwrap().contains("82.7"));
    assert!(audit[0].after.as_deref().unwrap().contains("83.1"));
    assert_eq!(audit[0].reason, "typo in the report");
    // The same rows again change nothing.
    let report = live.write(|s| s.record_observations(&sup.actor(), &rows, "again")).unwrap();
    assert_eq!((report.added, report.corrected, report.unchanged), (0, 0, 1));
}

fn frozen_periods_change_only_by_a_supervisors_correction(backend: &Backend) {
    let live = open(backend);
    let sup = supervisor(&live);
    let ed = editor(&live, "410600");
    live.write(|s| s.set_frozen(&sup.actor(), "undated-2022-09", true, "published")).unwrap();
    let row = "410600,service_time_limit_reduction,undated-2022-09,83.1,exact,percent,,rmw-20220917,,p. 3,";
    let errors = changes(&live, &ed, &format!("{HEADER}{row}yes\n")).unwrap_err();
    assert!(errors.to_string().contains("frozen"), "{errors}");
    let errors = changes(&live, &sup, &format!("{HEADER}{row}\n")).unwrap_err();
    assert!(errors.to_string().contains("frozen"), "{errors}");
    let rows = changes(&live, &sup, &format!("{HEADER}{row}yes\n")).unwrap();
    // The store refuses too, whoever calls it without the correction flag.
    let unflagged: Vec<_> = rows
        .iter()
        .cloned()
        .map(|mut c| {
            c.correction = false;
            c
        })
        .collect();
    assert!(matches!(live.write(|s| s.record_observations(&sup.actor(), &unflagged, "x")), Err(StoreError::Frozen(_))));
    live.write(|s| s.record_observations(&sup.actor(), &rows, "corrected after publication")).unwrap();
    let audit = live.figures().audit(&AuditFilter::default()).unwrap();
    assert_eq!(audit[0].action, "observation.correct_frozen");
    assert_eq!(audit[1].action, "period.freeze");
}

fn an_upload_with_bad_rows_reports_every_one_and_applies_nothing(backend: &Backend) {
    let live = open(backend);
    let ed = editor(&live, "410600");
    let csv = format!(
        "{HEADER}\
         410600,legality_reviews,2023,100,exact,,,rmw-20220917,,p. 1,\n\
         410100,legality_reviews,2023,100,exact,,,rmw-20220917,,p. 1,\n\
         410600,no_such_indicator,2023,1,exact,,,rmw-20220917,,p. 1,\n\
         410600,service_time_limit_reduction,2023,abc,exact,,,rmw-20220917,,p. 1,\n\
         410600,service_time_limit_reduction,2024,50,exact,,,rmw-20220917,,,\n"
    );
    let errors = changes(&live, &ed, &csv).unwrap_err();
    let at: Vec<(u64, &str)> = errors.0.iter().map(|e| (e.line, e.column_name())).collect();
    assert!(at.contains(&(3, "region")), "{errors}");
    assert!(at.contains(&(4, "indicator")), "{errors}");
    assert!(at.contains(&(5, "value")), "{errors}");
    assert!(at.contains(&(6, "quote")), "{errors}");
}

fn uploads_decode_gbk_and_refuse_truncated_workbooks(backend: &Backend) {
    let (gbk, _, _) = encoding_rs::GBK.encode("region,note\n410600,鹤壁市年报\n");
    assert_eq!(decode(&gbk).unwrap(), "region,note\n410600,鹤壁市年报\n");
    assert_eq!(decode(b"\xEF\xBB\xBFa,b\n").unwrap(), "a,b\n");
    let live = open(backend);
    let xlsx = data::entry::template_xlsx(&live.dataset()).unwrap();
    let text = decode(&xlsx).unwrap();
    assert!(text.starts_with("region,indicator,period,value"), "{text}");
    assert!(text.contains("410600,legality_reviews,2023,,exact"), "{text}");
    assert!(decode(&xlsx[..xlsx.len() / 2]).is_err());
    assert!(decode(b"").is_err());
}

fn committing_an_upload_is_all_or_nothing_and_a_second_commit_is_refused(backend: &Backend) {
    let live = open(backend);
    let sup = supervisor(&live);
    let csv = format!("{HEADER}410600,legality_reviews,2023,100,exact,,,rmw-20220917,,p. 1,\n");
    let id = live.figures().save_upload(&sup.actor(), "a.csv", csv.as_bytes()).unwrap();
    let rows = changes(&live, &sup, &csv).unwrap();
    let n = live.dataset().observations().len();
    live.write(|s| s.commit_upload(&sup.actor(), id, &rows, "annual figures")).unwrap();
    assert_eq!(live.dataset().observations().len(), n + 1);
    assert!(matches!(live.write(|s| s.commit_upload(&sup.actor(), id, &rows, "again")), Err(StoreError::Conflict(_))));
    let sha = live.figures().upload(id).unwrap().unwrap().sha256;
    assert_eq!(live.figures().committed_upload_with(&sha).unwrap(), Some(id));
    // A failing row (a foreign key the validator would have caught) rolls back the whole file.
    let id2 = live.figures().save_upload(&sup.actor(), "b.csv", b"x").unwrap();
    let mut bad = rows.clone();
    bad[0].observation.period = "2024".parse().unwrap();
    bad.push(bad[0].clone());
    bad[1].observation.region = "999999".into();
    assert!(live.write(|s| s.commit_upload(&sup.actor(), id2, &bad, "bad")).is_err());
    assert_eq!(live.dataset().observations().len(), n + 1);
    assert_eq!(live.figures().upload(id2).unwrap().unwrap().status, data::store::UploadStatus::Pending);
}

/// An accepted change is applied to the current dataset, not read back whole: the result must
/// be what a fresh read of the store gives, figure for figure and rank for rank.
fn an_edit_gives_the_dataset_a_full_read_would(backend: &Backend) {
    let live = open(backend);
    let sup = supervisor(&live);
    let correction = |value: &str| {
        format!(
            "{HEADER}410600,service_time_limit_reduction,undated-2022-09,{value},exact,percent,,rmw-20220917,,年报第3页,\n"
        )
    };
    let new_figure = format!("{HEADER}410100,local_regulations_enacted,2022,7,exact,,,rmw-20220917,,年报第3页,\n");
    for csv in [correction("83.1"), new_figure, correction("83.4")] {
        let rows = changes(&live, &sup, &csv).unwrap();
        live.write(|s| s.record_observations(&sup.actor(), &rows, "test")).unwrap();
    }
    // A write beside this process (`server import`, say) shows with the next one.
    let rows = changes(&live, &sup, &correction("84.0")).unwrap();
    live.figures().record_observations(&sup.actor(), &rows, "beside").unwrap();
    live.write(|s| s.set_frozen(&sup.actor(), "2021", true, "closing 2021")).unwrap();

    let applied = live.dataset();
    let full = data::Dataset::from_snapshot(live.figures().snapshot().unwrap());
    assert_eq!(applied.observations(), full.observations());
    assert_eq!((applied.version(), applied.last_figure()), (full.version(), full.last_figure()));
    assert!(applied.frames().observations.equals(&full.frames().observations));
    for region in full.regions() {
        assert_eq!(applied.rows_of_region(&region.code), full.rows_of_region(&region.code), "{}", region.code);
    }
    for indicator in full.indicators() {
        assert_eq!(applied.rows_of_indicator(&indicator.key), full.rows_of_indicator(&indicator.key));
    }
    let edited =
        applied.observations().iter().find(|o| o.region == "410600" && o.indicator == "service_time_limit_reduction");
    assert_eq!(edited.map(|o| o.value), Some(84.0));
    for indicator in full.indicators() {
        for region in full.regions() {
            let (a, b) =
                (applied.latest_rank(&indicator.key, &region.code), full.latest_rank(&indicator.key, &region.code));
            assert_eq!(a, b, "{} {}", indicator.key, region.code);
        }
    }
    assert!(applied.latest_rank("local_regulations_enacted", "410100").is_some());
    for indicator in full.indicators() {
        let periods = |data| data::query::indicator_periods(data, &indicator.key);
        assert_eq!(periods(&applied), periods(&full), "{}", indicator.key);
    }
}

/// One batch that names a figure more than once: each row is applied after the one before,
/// as if sent one by one (PostgreSQL applies a batch in chunks; SQLite row by row).
fn a_figure_named_twice_in_one_batch_is_added_then_corrected(backend: &Backend) {
    let live = open(backend);
    let sup = supervisor(&live);
    let figure = |value: f64| {
        let template = live.dataset().observations()[0].clone();
        let observation = data::model::Observation { period: data::Period::Year(1999), value, ..template };
        ObservationChange { observation, correction: false }
    };
    let rows = [figure(1.0), figure(2.0), figure(2.0)];
    let report = live.write(|s| s.record_observations(&sup.actor(), &rows, "twice")).unwrap();
    assert_eq!((report.added, report.corrected, report.unchanged), (1, 1, 1));
    let o = &rows[0].observation;
    let history = live.figures().observation_history(&o.region, &o.indicator, "1999").unwrap();
    assert_eq!(history.iter().map(|h| h.observation.value).collect::<Vec<_>>(), [2.0, 1.0]);
    assert_eq!(history[1].superseded_by, Some(history[0].id));
    let actions: Vec<String> =
        live.figures().audit(&Default::default()).unwrap().into_iter().map(|e| e.action).collect();
    assert_eq!(actions[..2], ["observation.correct", "observation.add"]);
    let periods = data::query::indicator_periods(&live.dataset(), &o.indicator).to_vec();
    assert_eq!(periods.first(), Some(&data::Period::Year(1999)), "the new period listed, oldest first: {periods:?}");
}

on_every_backend!(
    a_figure_named_twice_in_one_batch_is_added_then_corrected,
    the_seed_is_imported_once_and_read_back_whole,
    a_correction_supersedes_and_keeps_history_and_audit,
    frozen_periods_change_only_by_a_supervisors_correction,
    an_upload_with_bad_rows_reports_every_one_and_applies_nothing,
    uploads_decode_gbk_and_refuse_truncated_workbooks,
    committing_an_upload_is_all_or_nothing_and_a_second_commit_is_refused,
    an_edit_gives_the_dataset_a_full_read_would,
);
