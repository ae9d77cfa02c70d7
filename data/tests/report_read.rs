//! Reading a published report's file as text: plain text in UTF-8 or GBK, HTML, Word; control
//! characters dropped; the budgets.

use data::entry::report::{DocumentError, budget, read_document, read_text};
use std::io::Write;

fn docx(document_xml: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", options).unwrap();
    zip.write_all(document_xml).unwrap();
    zip.finish().unwrap().into_inner()
}

fn lines(text: &str) -> Vec<&str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).collect()
}

#[test]
fn plain_text_in_utf8_or_gbk_without_control_characters() {
    let (gbk, _, _) = encoding_rs::GBK.encode("受理案件1.2万件。");
    assert_eq!(read_document("a.txt", &gbk).unwrap(), "受理案件1.2万件。");
    assert_eq!(read_document("a.txt", "\u{feff}一\r\n二\r三".as_bytes()).unwrap(), "一\n二\n三");
    assert_eq!(read_text("a\u{0}b\r\nc\u{1b}\t").unwrap(), "ab\nc\t");
    assert_eq!(read_text(" \n\u{0}"), Err(DocumentError::Empty));
    assert_eq!(read_document("a.txt", b""), Err(DocumentError::Empty));
    assert_eq!(read_document("a.txt", &[0x81, 0xff, 0xfe, 0x80]), Err(DocumentError::Encoding));
    assert_eq!(read_text(&"一".repeat(budget::CHARS + 1)), Err(DocumentError::TooLong));
    assert!(read_text(&"一".repeat(budget::CHARS)).is_ok());
}

#[test]
fn html_by_name_or_first_tag_without_scripts_styles_or_comments() {
    let html = "<!DOCTYPE html><html><head><title>标题</title><style>p{color:red}</style>\
                <script>var a = '999件';</script></head><body><!-- 888件 -->\
                <h1>鹤壁市</h1><p>办理&lt;案件&gt;\n  12件&amp;&#x3002;</p><div>第二段<br>第三行</div>\
                <table><tr><td>甲</td><td>5件</td></tr></table></body></html>";
    for name in ["x.bin", "report.HTML"] {
        let text = read_document(name, html.as_bytes()).unwrap();
        assert_eq!(lines(&text), ["标题", "鹤壁市", "办理<案件> 12件&。", "第二段", "第三行", "甲 5件"], "{name}");
    }
    let (gbk, _, _) = encoding_rs::GBK.encode("<p>全年&nbsp;356件</p>");
    assert_eq!(lines(&read_document("r.htm", &gbk).unwrap()), ["全年 356件"]);
    // A script never closed swallows the rest, rather than showing it.
    assert_eq!(read_document("r.html", b"<p>a</p><script>1;2;3"), Ok("a".to_owned()));
}

#[test]
fn word_paragraphs_are_lines_and_an_inflating_document_is_refused() {
    let xml = r#"<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>办理</w:t></w:r><w:r><w:t xml:space="preserve">12 件&amp;</w:t></w:r></w:p><w:p><w:r><w:tab/><w:t>二</w:t><w:br/><w:t>三</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>表</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#;
    assert_eq!(read_document("r.docx", &docx(xml.as_bytes())).unwrap(), "办理12 件&\n\t二\n三\n表\n");
    let bomb = docx(&vec![b' '; (budget::DOCX_INFLATED_BYTES + 1) as usize]);
    assert!(bomb.len() < 1 << 20);
    assert_eq!(read_document("bomb.docx", &bomb), Err(DocumentError::Inflates));
    assert!(matches!(read_document("cut.docx", &bomb[..bomb.len() / 2]), Err(DocumentError::Docx(_))));
    let other = {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file("xl/workbook.xml", zip::write::SimpleFileOptions::default()).unwrap();
        zip.finish().unwrap().into_inner()
    };
    assert!(matches!(read_document("book.xlsx", &other), Err(DocumentError::Docx(_))));
}
