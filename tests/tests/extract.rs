//! Figures read from a published report through the router: who may, the review page, the
//! confirmation through the upload path, and hostile texts and files.

use axum::http::StatusCode;
use data::store::{AuditFilter, Role};
use integration_tests::{PASSWORD, browser::Browser, office};
use std::io::Write;

const REPORT: &str = "鹤壁市2023年法治政府建设年度报告\n\
    2023年,全市审查行政规范性文件和重大行政决策412件,同比增长12%。\n\
    全年办理行政复议案件356件。\n";

/// A new source, named in step 1.
fn step1<'a>(csrf: &'a str, text: &'a str, region: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("text", text),
        ("source", ""),
        ("title", "鹤壁市2023年法治政府建设年度报告"),
        ("publisher", "鹤壁市人民政府"),
        ("published", "2024-03-15"),
        ("url", ""),
        ("region", region),
    ]
}

/// The marked numbers of the review page, in row order.
fn marked(html: &str) -> Vec<String> {
    html.split("<mark>").skip(1).map(|s| s.split("</mark>").next().unwrap_or_default().to_owned()).collect()
}

async fn review(b: &mut Browser, csrf: &str, text: &str) -> (String, Vec<String>) {
    let sent = b.post_multipart("/supervision/extract", &step1(csrf, text, "410600"), None).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    assert_eq!(sent.location, "/supervision/extract/review");
    let page = b.get(&sent.location).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let marks = marked(&page.body);
    (page.body, marks)
}

/// The review form's answer: row `keep` as legality reviews of 2023 in Hebi, the others dropped.
fn keep_one(csrf: &str, rows: usize, keep: usize) -> Vec<(String, String)> {
    let mut fields = vec![("csrf".to_owned(), csrf.to_owned()), ("rows".to_owned(), rows.to_string())];
    for i in 0..rows {
        if i == keep {
            for (k, v) in
                [("indicator", "legality_reviews"), ("period", "2023"), ("region", "410600"), ("unit", "cases")]
            {
                fields.push((format!("{k}_{i}"), v.to_owned()));
            }
        } else {
            fields.push((format!("drop_{i}"), "1".to_owned()));
        }
    }
    fields
}

async fn confirm(b: &mut Browser, fields: &[(String, String)]) -> String {
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let answer = b.post("/supervision/extract/confirm", &pairs).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    assert!(answer.location.starts_with("/supervision/uploads/"), "{}", answer.location);
    answer.location
}

fn commits(fixture: &integration_tests::Fixture) -> usize {
    let filter = AuditFilter { action: Some("upload.commit".into()), limit: 100, ..Default::default() };
    fixture.state.live.figures().audit(&filter).unwrap().len()
}

#[tokio::test]
async fn anonymous_visitors_and_admins_are_refused() {
    let (_fixture, mut b) = office();
    for path in ["/supervision/extract", "/en/supervision/extract", "/supervision/extract/review"] {
        let answer = b.get(path).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{path}");
        assert!(answer.location.contains("/login?next="), "{path}");
    }
    let posted = b.post_multipart("/supervision/extract", &step1("x", REPORT, ""), None).await;
    assert!(posted.location.contains("/login"), "{posted:?}");
    b.login("root", PASSWORD).await;
    assert_eq!(b.get("/supervision/extract").await.status, StatusCode::FORBIDDEN);
    let csrf = b.csrf().await;
    let posted = b.post_multipart("/supervision/extract", &step1(&csrf, REPORT, ""), None).await;
    assert_eq!(posted.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_editor_reads_reports_for_their_own_region_only() {
    let (_fixture, mut b) = office();
    b.login("hebi", PASSWORD).await;
    let csrf = b.csrf().await;
    let page = b.get("/supervision/extract").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains(r#"value="410100""#), "only their region is offered");
    let other = b.post_multipart("/supervision/extract", &step1(&csrf, REPORT, "410100"), None).await;
    assert_eq!(other.status, StatusCode::FORBIDDEN, "{}", other.body);
    let forged = b.post_multipart("/supervision/extract", &step1("forged", REPORT, "410600"), None).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let (_, marks) = review(&mut b, &csrf, REPORT).await;
    assert!(marks.iter().any(|m| m.contains("412")), "{marks:?}");
}

#[tokio::test]
async fn paste_review_confirm_commit_and_the_same_text_again_changes_nothing() {
    let (fixture, mut b) = office();
    b.login("sup", PASSWORD).await;
    let csrf = b.csrf().await;
    let (body, marks) = review(&mut b, &csrf, REPORT).await;
    assert!(body.contains("全年办理行政复议案件"), "the sentences are shown");
    let keep = marks.iter().position(|m| m.contains("412")).unwrap_or_else(|| panic!("{marks:?}"));
    assert!(marks.iter().any(|m| m.contains("356")), "{marks:?}");
    let before = fixture.state.live.dataset().observations().len();
    let upload = confirm(&mut b, &keep_one(&csrf, marks.len(), keep)).await;
    assert_eq!(fixture.state.live.dataset().observations().len(), before, "nothing is written before the commit");
    let preview = b.get(&upload).await;
    assert!(preview.body.contains("新增"), "{}", preview.body);
    let commit = b.post(&format!("{upload}/commit"), &[("csrf", &csrf), ("reason", "2023 annual report")]).await;
    assert!(commit.location.contains("saved="), "{}", commit.location);
    let data = fixture.state.live.dataset();
    assert_eq!(data.observations().len(), before + 1, "the dropped rows are not written");
    let o = data.current("410600", "legality_reviews", "2023".parse().unwrap()).expect("the figure is saved");
    assert_eq!(o.value, 412.0);
    let quote = &o.provenance.quote;
    assert!(quote.contains("重大行政决策412件"), "the sentence is the quote: {quote:?}");
    assert!(!data.observations().iter().any(|o| o.region == "410600" && o.value == 356.0), "dropped");
    assert_eq!(commits(&fixture), 1);
    let version = fixture.state.live.figures().version().unwrap();
    // The same text and choices again: an upload that changes nothing, and no new version.
    let (_, marks) = review(&mut b, &csrf, REPORT).await;
    let again = confirm(&mut b, &keep_one(&csrf, marks.len(), keep)).await;
    b.post(&format!("{again}/commit"), &[("csrf", &csrf), ("reason", "again")]).await;
    assert_eq!(fixture.state.live.dataset().observations().len(), before + 1);
    assert_eq!(fixture.state.live.figures().version().unwrap(), version, "same data version");
    let public = b.get("/compare?indicator=legality_reviews&period=2023").await;
    assert!(public.body.contains("412"), "the public pages show it");
}

#[tokio::test]
async fn a_new_indicator_is_created_only_when_its_row_is_confirmed() {
    let (fixture, mut b) = office();
    b.login("sup", PASSWORD).await;
    let csrf = b.csrf().await;
    let indicators = fixture.state.live.dataset().indicators().len();
    let (_, marks) = review(&mut b, &csrf, REPORT).await;
    let keep = marks.iter().position(|m| m.contains("356")).unwrap_or_else(|| panic!("{marks:?}"));
    assert_eq!(fixture.state.live.dataset().indicators().len(), indicators, "reviewing creates nothing");
    let mut fields = keep_one(&csrf, marks.len(), keep);
    for (k, v) in &mut fields {
        if *k == format!("indicator_{keep}") {
            *v = "new".into();
        }
    }
    fields.push((format!("new_name_{keep}"), "行政复议案件办理数".into()));
    fields.push((format!("new_category_{keep}"), "law_enforcement".into()));
    // Dropped, though it names a new indicator too: that one is not created.
    let dropped = (keep + 1) % marks.len();
    fields.push((format!("indicator_{dropped}"), "new".into()));
    fields.push((format!("new_name_{dropped}"), "不该出现的指标".into()));
    fields.push((format!("new_category_{dropped}"), "law_enforcement".into()));
    let upload = confirm(&mut b, &fields).await;
    let data = fixture.state.live.dataset();
    assert_eq!(data.indicators().len(), indicators + 1);
    let new = data.indicators().iter().find(|i| i.name.zh == "行政复议案件办理数").expect("created");
    assert_eq!(new.unit, "cases");
    let preview = b.get(&upload).await;
    assert!(preview.body.contains("行政复议案件办理数"), "{}", preview.body);
    let audit = AuditFilter { action: Some("indicator.add".into()), limit: 10, ..Default::default() };
    assert_eq!(fixture.state.live.figures().audit(&audit).unwrap().len(), 1);
    // An editor picks among the province's indicators.
    let mut e = Browser::new(b.app());
    e.login("hebi", PASSWORD).await;
    let csrf = e.csrf().await;
    let (_, marks) = review(&mut e, &csrf, REPORT).await;
    let mut fields = keep_one(&csrf, marks.len(), 0);
    fields.retain(|(k, _)| k != "indicator_0");
    fields.push(("indicator_0".into(), "new".into()));
    fields.push(("new_name_0".into(), "编辑新建".into()));
    fields.push(("new_category_0".into(), "law_enforcement".into()));
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let refused = e.post("/supervision/extract/confirm", &pairs).await;
    assert!(refused.location.contains("error="), "{refused:?}");
    assert_eq!(fixture.state.live.dataset().indicators().len(), indicators + 1);
}

/// A state whose uploads may be large, for the budgets that lie beyond the test default.
fn large_office() -> (tempfile::TempDir, Browser) {
    let dir = tempfile::tempdir().unwrap();
    let live = server::open_live(dir.path(), data::SeedFiles::embedded()).unwrap();
    let config = server::WebConfig { upload_limit: 5 << 20, ..Default::default() };
    let state = server::state(live, integration_tests::site_options(), config);
    integration_tests::add_user(&state, "sup", Role::Supervisor, None);
    (dir, Browser::new(server::app(state)))
}

fn docx(document_xml: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", options).unwrap();
    zip.write_all(document_xml).unwrap();
    zip.finish().unwrap().into_inner()
}

#[tokio::test]
async fn hostile_texts_and_files_get_a_clear_error_or_a_bounded_result() {
    let (_dir, mut b) = large_office();
    b.login("sup", PASSWORD).await;
    let csrf = b.csrf().await;
    let fields = |text: &'static str| step1("", text, "");
    let send = async |b: &mut Browser, text: &str, file: Option<(&str, &[u8])>| {
        let mut f = fields("");
        f[0].1 = &csrf;
        f[1].1 = text;
        b.post_multipart("/supervision/extract", &f, file).await
    };
    // Ten megabytes pasted: past the body limit.
    let huge = "一".repeat((10 << 20) / 3);
    assert_eq!(send(&mut b, &huge, None).await.status, StatusCode::PAYLOAD_TOO_LARGE);
    // Past the character budget, within the body limit.
    let long = "审查412件。".repeat(40_000);
    let answer = send(&mut b, &long, None).await;
    assert!(answer.location.starts_with("/supervision/extract?error="), "{answer:?}");
    // A Word document that inflates to 200 MB.
    let bomb = docx(&vec![b' '; 200 << 20]);
    assert!(bomb.len() < 1 << 20);
    let answer = send(&mut b, "", Some(("bomb.docx", &bomb))).await;
    assert!(answer.location.starts_with("/supervision/extract?error="), "{answer:?}");
    // Neither UTF-8 nor GBK; a damaged archive.
    let answer = send(&mut b, "", Some(("bad.txt", &[0x81, 0xff, 0xfe, 0x80, 0xff][..]))).await;
    assert!(answer.location.starts_with("/supervision/extract?error="), "{answer:?}");
    let answer = send(&mut b, "", Some(("cut.docx", &bomb[..bomb.len() / 2]))).await;
    assert!(answer.location.starts_with("/supervision/extract?error="), "{answer:?}");
    // Nothing at all.
    let answer = send(&mut b, "  ", None).await;
    assert!(answer.location.starts_with("/supervision/extract?error="), "{answer:?}");
    // Control characters are dropped; the figure is still found.
    let answer = send(&mut b, "\u{feff}审查行政规范性文件\u{0}412\u{7}件。\u{1b}\r\n", None).await;
    assert_eq!(answer.location, "/supervision/extract/review");
    let page = b.get("/supervision/extract/review").await;
    assert!(marked(&page.body).iter().any(|m| m.contains("412")), "{}", page.body);
    // A text of only numbers, as sentences: the first 500, and a word that there are more.
    let numbers: String = (0..30_000).map(|i| format!("{i}件。")).collect();
    let started = std::time::Instant::now();
    let answer = send(&mut b, &numbers, None).await;
    assert_eq!(answer.location, "/supervision/extract/review", "{answer:?}");
    let page = b.get("/supervision/extract/review").await;
    println!("30,000 numbers as sentences, sent and reviewed in {:?}", started.elapsed());
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(marked(&page.body).len(), 500);
    assert!(page.body.contains("超出单次核对上限"), "the page says there are more");
    // ... and as one endless sentence: passed over (it could not be quoted), quickly.
    let numbers: String = (0..30_000).map(|i| format!("{i}件 ")).collect();
    let started = std::time::Instant::now();
    let answer = send(&mut b, &numbers, None).await;
    assert_eq!(answer.location, "/supervision/extract/review", "{answer:?}");
    let page = b.get("/supervision/extract/review").await;
    println!("30,000 numbers in one sentence, sent and reviewed in {:?}", started.elapsed());
    assert_eq!(page.status, StatusCode::OK);
    assert!(marked(&page.body).is_empty());
    // A Word document and an HTML page.
    let xml = "<w:document><w:body><w:p><w:r><w:t>全年办理行政复议案件</w:t></w:r><w:r><w:t>356件。</w:t></w:r></w:p></w:body></w:document>";
    let answer = send(&mut b, "", Some(("report.docx", &docx(xml.as_bytes())))).await;
    assert_eq!(answer.location, "/supervision/extract/review", "{answer:?}");
    assert!(marked(&b.get("/supervision/extract/review").await.body).iter().any(|m| m.contains("356")));
    let html = "<html><head><script>var x = '999件';</script></head><body><p>全年办理行政复议案件&#51;56件。</p></body></html>";
    let (gbk, _, _) = encoding_rs::GBK.encode(html);
    let answer = send(&mut b, "", Some(("report.html", &gbk))).await;
    assert_eq!(answer.location, "/supervision/extract/review", "{answer:?}");
    let marks = marked(&b.get("/supervision/extract/review").await.body);
    assert!(marks.iter().any(|m| m.contains("356")) && !marks.iter().any(|m| m.contains("999")), "{marks:?}");
}

/// 20,000 characters of report, through the page: sent, then reviewed.
#[tokio::test]
async fn a_long_report_is_read_within_a_second() {
    let (_dir, mut b) = large_office();
    b.login("sup", PASSWORD).await;
    let csrf = b.csrf().await;
    let mut text = String::new();
    while text.chars().count() < 20_000 {
        text.push_str(REPORT);
    }
    let started = std::time::Instant::now();
    let (_, marks) = review(&mut b, &csrf, &text).await;
    let took = started.elapsed();
    println!("{} characters, {} figures: sent and reviewed in {took:?}", text.chars().count(), marks.len());
    assert!(took.as_secs_f64() < 5.0, "{took:?}");
}
