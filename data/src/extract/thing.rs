//! The counted thing: the words naming what a number counts, usually just before it
//! ("公告行政执法主体668家" → 行政执法主体), else the noun after its unit ("建成7个法律服务中心").

/// Words linking a thing to its number ("…达93%", "…同比降32.9%"), stripped from its end.
const LINKS: &[&str] = &[
    "较上年同期",
    "比上年同期",
    "较去年同期",
    "比去年同期",
    "较上年",
    "比上年",
    "较去年",
    "比去年",
    "同比",
    "环比",
    "增长",
    "下降",
    "增加",
    "减少",
    "降低",
    "提高",
    "提升",
    "上升",
    "增至",
    "降至",
    "达到",
    "共计",
    "累计",
    "超过",
    "不到",
    "不足",
    "分别",
    "持续",
    "保持",
    "全部",
    "排名",
    "位列",
    "位居",
    "全省",
    "全国",
    "全市",
    "连续",
    "稳居",
    "达",
    "为",
    "至",
    "共",
    "约",
    "近",
    "逾",
    "超",
    "降",
    "增",
    "了",
    "居",
    "列",
    "第",
    "是",
    "有",
];

/// Verbs before a thing; the thing is what follows the last of them.
const VERBS: &[&str] = &[
    "公告",
    "公示",
    "公布",
    "梳理",
    "制定",
    "建立",
    "建成",
    "办理",
    "举办",
    "开展",
    "召开",
    "化解",
    "下放",
    "选派",
    "出台",
    "实现",
    "审核",
    "出具",
    "研究",
    "整治",
    "推行",
    "培训",
    "参加学习",
    "参加",
    "涉及",
    "建设",
    "组织",
    "受理",
    "处理",
    "查处",
    "发放",
    "完成",
    "新增",
    "提供",
    "解决",
    "审查",
    "备案",
    "清理",
    "聘请",
    "设立",
    "开通",
    "共有",
    "拥有",
    "现有",
];

/// Where a thing ends when it follows the unit ("7个法律服务中心,").
const AFTER_STOPS: &[&str] = &["整体", "实现", "全部", "稳居", "居", "获", "被", "入选", "达", "等", "全", "的"];

/// The thing counted by the number at `number` (bytes of `text`), looking back no further
/// than `from` and forward from `after_unit` to `clause_end`.
pub fn of(text: &str, from: usize, number: usize, after_unit: usize, clause_end: usize) -> String {
    let mut before = text.get(from..number).unwrap_or("");
    if let Some(i) = before.rfind('、') {
        before = &before[i + '、'.len_utf8()..];
    }
    before = strip_links(before);
    if let Some((i, verb)) = VERBS.iter().filter_map(|v| before.rfind(v).map(|i| (i, *v))).max_by_key(|(i, _)| *i) {
        before = &before[i + verb.len()..];
    }
    let before = before.trim_start_matches(['的', '了', '对', '向', '把', '将']);
    if !before.is_empty() && !before.ends_with(['和', '及', '与', '等']) {
        return before.to_owned();
    }
    let after = text.get(after_unit..clause_end).unwrap_or("");
    let stop = AFTER_STOPS.iter().filter_map(|w| after.find(w)).filter(|&i| i > 0).min().unwrap_or(after.len());
    after[..stop].chars().take(16).collect()
}

fn strip_links(mut text: &str) -> &str {
    loop {
        let trimmed = text.trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace());
        match LINKS.iter().find(|w| trimmed.ends_with(**w)) {
            Some(w) => text = &trimmed[..trimmed.len() - w.len()],
            None => return trimmed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_the_words_before_or_after() {
        let text = "市县两级政府分别公告行政执法主体668家";
        let at = text.find("668").unwrap_or(0);
        assert_eq!(of(text, 0, at, at + 4, text.len()), "行政执法主体");
        let text = "建成7个法律服务中心";
        let at = text.find('7').unwrap_or(0);
        assert_eq!(of(text, 0, at, at + 4, text.len()), "法律服务中心");
    }
}
