//! Generates the `Text` enum from `locales/ui.tsv`, so every user-facing string has a
//! compile-checked key and the build fails when either language is missing.

use std::{env, fmt::Write, fs, path::Path};

fn main() {
    let source = "locales/ui.tsv";
    println!("cargo::rerun-if-changed={source}");
    let table = fs::read_to_string(source).expect("read locales/ui.tsv");
    let mut entries = Vec::new();
    for (n, line) in table.lines().enumerate().skip(1) {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [key, zh, en] = fields[..] else {
            panic!("{source}:{}: expected key<TAB>zh-CN<TAB>en, found {} fields", n + 1, fields.len());
        };
        assert!(!zh.trim().is_empty() && !en.trim().is_empty(), "{source}:{}: {key} lacks a translation", n + 1);
        let variant: String = key.split('_').map(|w| w[..1].to_uppercase() + &w[1..]).collect();
        entries.push((variant, zh.to_owned(), en.to_owned()));
    }
    let mut out = String::from(
        "/// A user-facing text of the interface; see `locales/ui.tsv`.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Text {\n",
    );
    for (variant, _, _) in &entries {
        writeln!(out, "    {variant},").unwrap();
    }
    out.push_str("}\n\nimpl Text {\n    pub const ALL: &'static [Text] = &[");
    for (variant, _, _) in &entries {
        write!(out, "Text::{variant}, ").unwrap();
    }
    out.push_str("];\n\n    pub const fn zh(self) -> &'static str {\n        match self {\n");
    for (variant, zh, _) in &entries {
        writeln!(out, "            Text::{variant} => {zh:?},").unwrap();
    }
    out.push_str("        }\n    }\n\n    pub const fn en(self) -> &'static str {\n        match self {\n");
    for (variant, _, en) in &entries {
        writeln!(out, "            Text::{variant} => {en:?},").unwrap();
    }
    out.push_str("        }\n    }\n}\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("ui_text.rs");
    fs::write(dest, out).expect("write ui_text.rs");
}
