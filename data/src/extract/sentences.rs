//! Cutting a text into lines and sentences, verbatim, as the seed quotes them: a sentence runs
//! up to and including its 。！？ (and a closing quote after it); ；and ，stay inside it.

use std::ops::Range;

/// A piece of the text with the byte offset where it starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece<'a> {
    pub text: &'a str,
    pub start: usize,
}

/// The lines of the text, without their line break and leading indentation.
pub fn lines(text: &str) -> impl Iterator<Item = Piece<'_>> {
    let mut start = 0;
    text.split_inclusive('\n').map(move |raw| {
        let line_start = start;
        start += raw.len();
        let body = raw.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim_start();
        Piece { text: trimmed.trim_end(), start: line_start + (body.len() - trimmed.len()) }
    })
}

/// The sentences of a line, each trimmed of surrounding spaces and never empty.
pub fn split(line: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '。' | '！' | '？' | '!' | '?') {
            continue;
        }
        let mut end = i + c.len_utf8();
        // A closing quote or bracket after the stop belongs to the sentence it closes.
        while let Some(&(j, d)) = chars.peek() {
            if matches!(d, '”' | '’' | '」' | '』' | '）' | ')' | '"') {
                end = j + d.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        push(&mut pieces, line, start, end);
        start = end;
    }
    push(&mut pieces, line, start, line.len());
    pieces
}

fn push<'a>(pieces: &mut Vec<Piece<'a>>, line: &'a str, start: usize, end: usize) {
    let Some(raw) = line.get(start..end) else { return };
    let trimmed = raw.trim_start();
    let text = trimmed.trim_end();
    if !text.is_empty() {
        pieces.push(Piece { text, start: start + raw.len() - trimmed.len() });
    }
}

/// A heading or byline: a short line that is not a sentence ("扎实推进法治洛阳建设取得新进展"),
/// or a byline marked with □ or 作者/记者.
pub fn is_heading(line: &str) -> bool {
    if line.starts_with(['□', '■']) || line.starts_with("作者") || line.starts_with("记者") {
        return true;
    }
    let ends_sentence = line.ends_with(['。', '；', ';', '，', ',', '：', ':']);
    !line.is_empty() && line.chars().count() <= 40 && !ends_sentence && !line.contains('。')
}

/// The clause around byte `at` of a sentence: from after the previous stop to the next one,
/// but no more than [`CLAUSE_REACH`] bytes either side, so a text with no stops is not scanned
/// end to end for each of its numbers.
pub fn clause(s: &str, at: usize) -> Range<usize> {
    let floor = (at.saturating_sub(CLAUSE_REACH)..=at).find(|&i| s.is_char_boundary(i)).unwrap_or(at);
    let ceiling = (at + CLAUSE_REACH).min(s.len());
    let ceiling = (ceiling..=s.len()).find(|&i| s.is_char_boundary(i)).unwrap_or(s.len());
    let start = s.get(floor..at).and_then(|b| b.rfind(is_stop).map(|i| floor + i));
    let start = start.map_or(floor, |i| i + s[i..].chars().next().map_or(1, char::len_utf8));
    let end = s.get(at..ceiling).and_then(|a| a.find(is_stop)).map_or(ceiling, |i| at + i);
    start..end
}

/// About 80 Chinese characters: longer than any clause a figure belongs to.
pub const CLAUSE_REACH: usize = 240;

/// A stop between clauses.
pub fn is_stop(c: char) -> bool {
    matches!(c, ',' | '，' | ';' | '；' | ':' | '：' | '。' | '！' | '？' | '!' | '?')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_sentences_verbatim_with_their_stop() {
        let line = "党对法治工作的领导进一步加强。 洛阳市委切实扛牢责任;集体学法32次。“好!”末尾";
        let texts: Vec<&str> = split(line).iter().map(|p| p.text).collect();
        assert_eq!(texts, ["党对法治工作的领导进一步加强。", "洛阳市委切实扛牢责任;集体学法32次。", "“好!”", "末尾"]);
        for piece in split(line) {
            assert_eq!(&line[piece.start..piece.start + piece.text.len()], piece.text);
        }
    }

    #[test]
    fn lines_know_where_they_start() {
        let text = "标题\r\n  正文一句。\n";
        let found: Vec<Piece> = lines(text).collect();
        assert_eq!(found[1].text, "正文一句。");
        assert_eq!(&text[found[1].start..found[1].start + found[1].text.len()], "正文一句。");
    }
}
