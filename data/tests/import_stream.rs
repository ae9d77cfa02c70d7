//! An upload streamed into the store record by record: all of it, or none of it with every
//! problem named by row and column.

#[macro_use]
#[path = "support/backends.rs"]
mod backends;

use backends::Backend;
use data::{
    Live, LoadErrorKind, SeedFiles,
    entry::{EntryContext, EntryStream, MAX_ERRORS},
    store::{NewUser, Role, User},
};

const HEADER: &str = "region,indicator,period,value,qualifier,unit,figure,source,quote,note,correction\n";

fn open(backend: &Backend) -> (Live, User) {
    let live = Live::open(backend.open(), || data::validate::tables(&SeedFiles::embedded())).unwrap();
    let user = NewUser { name: "sup".into(), role: Role::Supervisor, region: None, password_hash: "x".into() };
    let user = live.accounts().add_user(None, &user).unwrap();
    (live, user)
}

/// Streams `csv` into the store; the report, or the problems found.
fn import(live: &Live, user: &User, csv: &str) -> Result<(u64, u64, u64), data::LoadErrors> {
    let frozen = live.figures().frozen_periods().unwrap();
    let data = live.dataset();
    let ctx = EntryContext { data: &data, user, frozen: &frozen };
    let mut stream = EntryStream::new("national.csv", csv.as_bytes(), &ctx);
    let result =
        live.write(|s| s.record_observation_stream(&user.actor(), &mut stream, "yearly import", "national.csv"));
    let records = stream.finish()?;
    let report = result.expect("no problem found, so the store took every row");
    assert_eq!(report.added + report.corrected + report.unchanged, records as usize);
    Ok((report.added as u64, report.corrected as u64, report.unchanged as u64))
}

fn row(period: u32, value: u32) -> String {
    format!("410600,local_regulations_enacted,{period},{value},exact,regulations,,rmw-20220917,,county report,\n")
}

fn every_row_is_recorded_with_who_when_and_why_and_the_file_in_the_audit_trail(backend: &Backend) {
    let (live, user) = open(backend);
    let before = live.dataset().observations().len();
    let csv: String =
        std::iter::once(HEADER.to_owned()).chain((1990..2010).map(|year| row(year, year - 1980))).collect();
    assert_eq!(import(&live, &user, &csv).unwrap(), (20, 0, 0));
    assert_eq!(live.dataset().observations().len(), before + 20);
    let history = live.figures().observation_history("410600", "local_regulations_enacted", "1995").unwrap();
    assert_eq!(history[0].entered_by.as_deref(), Some("sup"));
    assert_eq!(history[0].reason, "yearly import");
    // One entry for the file, not one per figure: an import may bring millions.
    let audit = live.figures().audit(&Default::default()).unwrap();
    let imports: Vec<_> = audit.iter().filter(|e| e.action == "observation.import").collect();
    assert_eq!(imports.len(), 1);
    assert_eq!(imports[0].entity, "file national.csv");
    assert!(imports[0].after.as_deref().unwrap().contains("\"added\":20"), "{:?}", imports[0].after);
    assert!(!audit.iter().any(|e| e.action == "observation.add"));
    // The same file again changes nothing.
    assert_eq!(import(&live, &user, &csv).unwrap(), (0, 0, 20));
}

fn one_bad_row_late_in_the_file_records_nothing_and_is_named(backend: &Backend) {
    let (live, user) = open(backend);
    let (version, figures) = (live.figures().version().unwrap(), live.dataset().observations().len());
    let mut csv: String =
        std::iter::once(HEADER.to_owned()).chain((1990..2010).map(|year| row(year, year - 1980))).collect();
    csv.push_str("410600,local_regulations_enacted,2011,many,exact,regulations,,rmw-20220917,,county report,\n");
    csv.push_str(&row(1995, 3));
    let errors = import(&live, &user, &csv).unwrap_err().0;
    assert_eq!(errors.len(), 2, "{errors:?}");
    // Rows as a spreadsheet numbers them: the header is row 1.
    assert_eq!((errors[0].line, errors[0].column_name()), (22, "value"));
    assert!(matches!(errors[0].kind, LoadErrorKind::BadNumber(_)));
    assert!(matches!(errors[1].kind, LoadErrorKind::Duplicate { first_line: 7, .. }), "{:?}", errors[1]);
    assert_eq!(live.figures().version().unwrap(), version, "nothing recorded");
    assert_eq!(live.dataset().observations().len(), figures);
}

fn problems_are_named_up_to_a_limit_and_counted_and_a_bad_header_stops_at_once(backend: &Backend) {
    let (live, user) = open(backend);
    let csv: String =
        std::iter::once(HEADER.to_owned())
            .chain((0..MAX_ERRORS + 50).map(|n| {
                format!("999999,local_regulations_enacted,{},1,exact,regulations,,rmw-20220917,,r,\n", 1000 + n)
            }))
            .collect();
    let errors = import(&live, &user, &csv).unwrap_err().0;
    assert_eq!(errors.len(), MAX_ERRORS + 1, "the first {MAX_ERRORS} named, then a count of the rest");
    // Two problems a row (the region and the year): 300 in all.
    assert_eq!(errors[MAX_ERRORS].kind, LoadErrorKind::MoreErrors(200));
    let errors = import(&live, &user, "region,indicator\n410600,x\n").unwrap_err().0;
    assert!(errors.iter().all(|e| e.line == 1 && matches!(e.kind, LoadErrorKind::MissingColumn(_))), "{errors:?}");
}

on_every_backend!(
    every_row_is_recorded_with_who_when_and_why_and_the_file_in_the_audit_trail,
    one_bad_row_late_in_the_file_records_nothing_and_is_named,
    problems_are_named_up_to_a_limit_and_counted_and_a_bad_header_stops_at_once,
);
