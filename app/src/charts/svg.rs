//! Makes plotters' SVG accessible and responsive: `role="img"`, `<title>`, `<desc>`, a
//! viewBox-only size.

/// Escapes text for XML content and attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(c),
        }
    }
    out
}

/// Rewrites the root `<svg>` of plotters' output: accessible name and description, and a
/// width that follows its container. `id` makes the title and desc ids unique in a page.
pub fn finish(svg: String, id: &str, title: &str, desc: &str) -> String {
    let Some(start) = svg.find("<svg") else { return svg };
    let Some(end) = svg[start..].find('>').map(|e| start + e) else { return svg };
    let root = &svg[start..end];
    let attribute = |name: &str| {
        let key = format!("{name}=\"");
        root.find(&key).and_then(|i| root[i + key.len()..].split('"').next()).unwrap_or("0").to_owned()
    };
    let (width, height) = (attribute("width"), attribute("height"));
    let id = escape(id);
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" \
         aria-labelledby=\"{id}-title {id}-desc\" class=\"chart\" preserveAspectRatio=\"xMinYMin meet\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>{}",
        escape(title),
        escape(desc),
        &svg[end + 1..]
    )
}
