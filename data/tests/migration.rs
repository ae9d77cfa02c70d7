//! A store filled from the earlier seed (schema version 3) gets the seed's fixes when it is
//! opened: the catalogue in place, figures whose period was wrong by correction, with audit
//! entries. The seed itself fills only an empty store, so without this they would never come.
//! (PostgreSQL's migrations start where SQLite's 0005 left off: only the new store is common.)

#[macro_use]
#[path = "support/backends.rs"]
mod backends;

use backends::Backend;
use data::{
    Live, Period, SeedFiles,
    model::Direction,
    store::{AuditFilter, SqliteStore},
};
use std::{path::Path, sync::Arc};

const SOURCE: &str = "rmw-20220917";

/// A few rows of the earlier seed as it stood in a store at schema version 3.
fn store_of_the_earlier_seed(path: &Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    for sql in [
        include_str!("../migrations/0001_init.sql"),
        include_str!("../migrations/0002_meta.sql"),
        include_str!("../migrations/0003_superseded_index.sql"),
    ] {
        conn.execute_batch(sql).unwrap();
    }
    conn.execute_batch(&format!(
        "PRAGMA user_version = 3;
         INSERT INTO sources VALUES ('{SOURCE}', '压实党政第一责任人职责 建设更高水平法治河南', '人民网', '2022-09-17', NULL, '');
         INSERT INTO units VALUES ('units', '个', 'units'), ('items', '项', 'items'), ('percent', '%', '%'),
             ('attendances', '人次', 'attendances'), ('instances', '起', 'cases');
         INSERT INTO categories VALUES ('leadership', '党的领导', 'Leadership', '', ''),
             ('law_enforcement', '行政执法', 'Law enforcement', '', ''),
             ('legal_education', '普法', 'Legal education', '', ''),
             ('government_services', '政务服务', 'Services', '', '');
         INSERT INTO regions VALUES ('410000', '河南省', 'Henan', 'province', NULL, NULL, NULL),
             ('410600', '鹤壁市', 'Hebi', 'prefecture', '410000', NULL, NULL),
             ('410700', '新乡市', 'Xinxiang', 'prefecture', '410000', NULL, NULL),
             ('410900', '濮阳市', 'Puyang', 'prefecture', '410000', NULL, NULL);
         INSERT INTO indicators VALUES
             ('violation_risk_points', 'law_enforcement', '梳理高频违法风险点', 'High-frequency violation risk points identified',
              'count', 'units', 'higher', 0, '', ''),
             ('law_lecture_attendance', 'legal_education', '“法治讲堂”县处级以上干部参学人次', 'Attendance', 'count',
              'attendances', 'higher', 1, '', ''),
             ('service_time_limit_reduction', 'government_services', '政务服务事项办结时限压缩比例', 'Reduction',
              'rate', 'percent', 'higher', 0, '政务服务事项法定办结时限被压缩的比例', '');
         INSERT INTO observations (region, indicator, period, value, qualifier, figure, source, quote, note,
                 entered_by, entered_at, reason) VALUES
             ('410600', 'violation_risk_points', 'asof-2022-09', 1226, 'exact', '1226个', '{SOURCE}', '梳理高频违法风险点1226个。', '',
              NULL, '2026-01-01T00:00:00Z', 'seed import'),
             ('410700', 'law_lecture_attendance', '9y-running', 7000, 'exact', '7000人次', '{SOURCE}', '累计参加学习7000人次。', '',
              NULL, '2026-01-01T00:00:00Z', 'seed import'),
             ('410600', 'service_time_limit_reduction', 'asof-2022-09', 82.7, 'exact', '压缩82.7%', '{SOURCE}', '压缩82.7%。', '',
              NULL, '2026-01-01T00:00:00Z', 'seed import');
         INSERT INTO targets VALUES ('henan-service-time-limit-reduction', 'service_time_limit_reduction', '410000', '>=',
             70, 'asof-2022-09', NULL, '河南省', '省定目标(文件未载明)', 'Recovered from the article.', '{SOURCE}', '高于省定目标12.7个百分点');
         INSERT INTO honours (region, level, status, year, title_zh, title_en, source, quote) VALUES
             ('410600', 'national', 'awarded', NULL, '证明事项告知承诺制案例入选全国典型案例', 'A case', '{SOURCE}', '入选全国典型案例。');"
    ))
    .unwrap();
}

/// A file from a newer program, or one whose version was set by hand, is refused as it is,
/// untouched: running the migrations over it could lose what the newer schema keeps.
#[test]
fn a_store_of_an_unknown_schema_version_is_refused_untouched() {
    for version in [99, -1] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.sqlite3");
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(&format!("CREATE TABLE kept (x); PRAGMA user_version = {version};")).unwrap();
        drop(conn);
        let Err(error) = SqliteStore::open(&path) else { panic!("an unknown schema is refused") };
        let error = error.to_string();
        assert!(error.contains(&format!("schema version {version}")), "{error}");
        let conn = rusqlite::Connection::open(&path).unwrap();
        let kept: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0)).unwrap();
        assert_eq!((kept, tables), (version, 1), "the file is as it was");
    }
}

#[test]
fn a_store_of_the_earlier_seed_gets_the_fixes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    store_of_the_earlier_seed(&path);
    let store = SqliteStore::open(&path).unwrap();
    let live = Live::open(Arc::new(store), || data::validate::tables(&SeedFiles::embedded())).unwrap();
    let data = live.dataset();

    let points = data.indicator("violation_risk_points").unwrap();
    assert_eq!(points.direction, Direction::Neutral, "the CHECK now admits neutral");
    assert!(!data.indicator("law_lecture_attendance").unwrap().per_capita);
    assert!(data.indicator("service_time_limit_reduction").unwrap().definition.zh.find("法定").is_none());

    let period_of = |region: &str, indicator: &str| {
        data.observations().iter().find(|o| o.region == region && o.indicator == indicator).map(|o| o.period)
    };
    assert_eq!(period_of("410600", "violation_risk_points"), Some(Period::Undated { year: 2022, month: 9 }));
    assert_eq!(period_of("410700", "law_lecture_attendance"), Some(Period::Cumulative { years: 9 }));
    assert_eq!(
        period_of("410900", "coordination_group_ledgers").map(|p| p.to_string()).as_deref(),
        Some("undated-2022-09")
    );
    assert_eq!(data.observations().len(), 5, "three moved, two added, none duplicated");

    // Append-only: the old row stays, pointing at its successor; each move is in the audit.
    let old = live.figures().observation_history("410600", "violation_risk_points", "asof-2022-09").unwrap();
    assert_eq!(old.len(), 1);
    assert!(old[0].superseded_by.is_some());
    let audit =
        live.figures().audit(&AuditFilter { action: Some("observation".into()), ..AuditFilter::default() }).unwrap();
    assert_eq!(audit.iter().filter(|a| a.action == "observation.correct").count(), 3);
    assert_eq!(audit.iter().filter(|a| a.action == "observation.add").count(), 2);
    assert!(audit.iter().all(|a| a.reason.starts_with("migration 0005")));

    let target = &data.targets()[0];
    assert_eq!((target.deadline.as_deref(), target.period), (None, Period::Undated { year: 2022, month: 9 }));
    assert!(target.derivation.as_ref().is_some_and(|d| d.zh.contains("12.7") && d.en.contains("12.7")));
    assert!(data.honours().iter().all(|h| !h.title.zh.contains("典型案例")), "counted once, as a figure");
    assert!(data.honours().iter().any(|h| h.title.zh.contains("鹤辉高速")));
    assert_eq!(data.unit("instances").unwrap().symbol.en, "instances");
}

fn a_new_store_is_filled_by_the_seed_alone(backend: &Backend) {
    let live = Live::open(backend.open(), || data::validate::tables(&SeedFiles::embedded())).unwrap();
    let seed = data::load(&SeedFiles::embedded()).unwrap();
    assert_eq!(live.dataset().observations(), seed.observations());
    assert_eq!(live.dataset().targets(), seed.targets());
    assert!(live.figures().audit(&AuditFilter::default()).unwrap().iter().all(|a| !a.reason.starts_with("migration")));
}

on_every_backend!(a_new_store_is_filled_by_the_seed_alone);
