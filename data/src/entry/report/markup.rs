//! Text out of markup, by a scanner rather than a parser: a report's HTML is often not
//! well-formed, and only the words and where paragraphs end matter.

/// HTML as lines: scripts, styles and comments dropped, block elements end a line, entities
/// decoded, runs of white space one space (as a browser shows them).
pub(super) fn html_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        push_collapsed(&mut out, &decode_entities(&rest[..open]));
        rest = &rest[open..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(close) = rest.find('>') else { break };
        let name = tag_name(&rest[1..close]);
        rest = &rest[close + 1..];
        if (name == "script" || name == "style") && !rest.is_empty() {
            let lower = rest.to_ascii_lowercase();
            rest = lower.find(&format!("</{name}")).map_or("", |end| &rest[end..]);
            continue;
        }
        if is_block(&name) {
            out.push('\n');
        } else if (name == "td" || name == "th") && !out.ends_with([' ', '\n']) && !out.is_empty() {
            out.push(' ');
        }
    }
    push_collapsed(&mut out, &decode_entities(rest));
    // Blank lines say nothing a line end does not.
    out.lines().map(str::trim).filter(|line| !line.is_empty()).collect::<Vec<_>>().join("\n")
}

/// A Word document's body as lines: each paragraph (`w:p`) a line, its runs' text (`w:t`)
/// joined, tabs and breaks kept.
pub(super) fn docx_text(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len() / 8);
    let mut rest = xml;
    let mut in_text = false;
    while let Some(open) = rest.find('<') {
        if in_text {
            out.push_str(&decode_entities(&rest[..open]));
        }
        let Some(close) = rest[open..].find('>') else { break };
        let tag = &rest[open + 1..open + close];
        rest = &rest[open + close + 1..];
        match tag_name(tag).as_str() {
            "w:t" => in_text = !tag.ends_with('/'),
            "/w:t" => in_text = false,
            "/w:p" | "w:br" | "w:cr" => out.push('\n'),
            "w:tab" => out.push('\t'),
            _ => {}
        }
    }
    out
}

/// The element's name, lower case, with a leading `/` for an end tag.
fn tag_name(tag: &str) -> String {
    tag.split(|c: char| c.is_whitespace() || c == '>' || (c == '/' && !tag.starts_with('/')))
        .find(|s| !s.is_empty())
        .unwrap_or_default()
        .trim_end_matches('/')
        .to_ascii_lowercase()
}

fn is_block(name: &str) -> bool {
    let name = name.trim_start_matches('/');
    matches!(
        name,
        "p" | "div"
            | "br"
            | "li"
            | "ul"
            | "ol"
            | "tr"
            | "table"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "title"
            | "blockquote"
            | "pre"
            | "hr"
            | "dd"
            | "dt"
            | "body"
            | "main"
            | "nav"
    )
}

fn push_collapsed(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() && c != '\u{3000}' {
            if !out.ends_with([' ', '\n']) && !out.is_empty() {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

/// `&amp;`, `&#12345;`, `&#x4E00;` and the named entities Chinese pages use; anything else
/// stays as written.
pub(super) fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..].find(|c: char| !c.is_ascii_alphanumeric() && c != '#').map(|e| e + 1);
        let decoded = end.filter(|&e| rest[e..].starts_with(';')).and_then(|e| entity(&rest[1..e]).map(|c| (c, e)));
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| !c.is_control() || matches!(c, '\n' | '\t'));
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "middot" => '·',
        "times" => '×',
        "permil" => '‰',
        _ => return None,
    })
}
