//! The extraction's rules, one small sentence each: periods, regions, the numbers that are
//! not figures, indicator matching, verbatim quotes (numbers and units: `extract_rules.rs`).

#[path = "support/extract.rs"]
mod support;

use support::*;

// Periods.

#[test]
fn a_year() {
    assert_eq!(one("2021年,审核政府议题、文件605件。").period, Some(Period::Year(2021)));
}

#[test]
fn since_a_year() {
    assert_eq!(one("2019年以来,集体学法32次。").period, Some(Period::Span { from: 2019, to: 2022 }));
}

#[test]
fn a_span_of_years() {
    assert_eq!(one("2019—2022年,共制定规章12部。").period, Some(Period::Span { from: 2019, to: 2022 }));
}

#[test]
fn first_six_months_of_this_year() {
    let c = one("今年前6个月,全市刑事案件发案率同比降32.9%。");
    assert_eq!(c.period, Some(Period::HalfYear { year: 2022, half: 1 }));
}

#[test]
fn first_half_of_a_year() {
    assert_eq!(one("2021年上半年,办理案件120件。").period, Some(Period::HalfYear { year: 2021, half: 1 }));
}

#[test]
fn first_nine_months_read_as_of_september() {
    assert_eq!(one("今年前9个月,办理案件120件。").period, Some(Period::AsOf { year: 2022, month: 9 }));
}

#[test]
fn as_of_a_month() {
    assert_eq!(one("截至2022年6月底,建成法律服务工作站89个。").period, Some(Period::AsOf { year: 2022, month: 6 }));
}

#[test]
fn since_last_year() {
    assert_eq!(one("去年以来共召开研判会18次。").period, Some(Period::Span { from: 2021, to: 2022 }));
}

#[test]
fn last_year() {
    assert_eq!(one("去年,办理案件50件。").period, Some(Period::Year(2021)));
}

#[test]
fn no_period_is_invented() {
    assert_eq!(one("建成7个法律服务中心。").period, None);
}

#[test]
fn the_base_of_a_comparison_is_no_period() {
    assert_eq!(one("案件数比去年同期下降5%。").period, None);
}

#[test]
fn a_total_over_a_streak_is_cumulative() {
    let found = all("连续9年举办“法治讲堂”,县处级以上领导干部累计参加学习7000人次。");
    let periods: Vec<_> = found.iter().map(|c| (c.value, c.period)).collect();
    assert_eq!(periods, [(9.0, Some(Period::Running { years: 9 })), (7000.0, Some(Period::Cumulative { years: 9 }))]);
}

#[test]
fn a_lasting_level_is_not_the_year_before_it() {
    let found = all("2021年审核文件605件,合同法核率持续保持100%。");
    let periods: Vec<_> = found.iter().map(|c| c.period).collect();
    assert_eq!(periods, [Some(Period::Year(2021)), None]);
}

// Regions.

#[test]
fn region_named_in_the_sentence() {
    assert_eq!(one("鹤壁市建成7个法律服务中心。").region.as_deref(), Some("410600"));
}

#[test]
fn region_of_the_heading() {
    let c = one("扎实推进法治洛阳建设取得新进展\n  建成7个法律服务中心。");
    assert_eq!(c.region.as_deref(), Some("410300"));
}

#[test]
fn region_of_the_byline_over_the_province_in_the_heading() {
    let text = "为建设更高水平法治河南贡献新乡力量\n□中共新乡市委书记 李某\n建成7个法律服务中心。";
    assert_eq!(one(text).region.as_deref(), Some("410700"));
}

#[test]
fn region_of_the_source() {
    let found = extract("建成7个法律服务中心。", &context(Some("410300")));
    assert_eq!(found[0].region.as_deref(), Some("410300"));
}

#[test]
fn a_slogan_names_no_region() {
    assert_eq!(one("为建设法治河南建成7个法律服务中心。").region, None);
}

#[test]
fn a_short_name_only_where_a_word_starts() {
    assert_eq!(one("在洛阳建成7个法律服务中心。").region.as_deref(), Some("410300"));
    assert_eq!(one("开展平安阳光行动3次。").region, None);
}

#[test]
fn regions_ranked_respectively_each_get_the_figure() {
    let found = all("淇县、淇滨区分列县(市)和市辖区全省第一。");
    let regions: Vec<_> = found.iter().map(|c| (c.value, c.region.as_deref())).collect();
    assert_eq!(regions, [(1.0, Some("410622")), (1.0, Some("410611"))]);
}

// Not figures.

#[test]
fn dates_and_times() {
    none("2022年9月17日召开全市法治工作会议。");
    none("2022/9/17 9:12:34 来源:人民网");
}

#[test]
fn years() {
    none("2021年被推荐为创建候选城市。");
    none("制定二〇三五年远景目标。");
}

#[test]
fn ordinals() {
    none("被推荐为全国第二批法治政府建设示范地区创建候选城市。");
    none("召开第二次全体会议。");
    none("压实党政主要负责人履行推进法治建设第一责任人职责。");
}

#[test]
fn document_numbers() {
    none("根据豫政文〔2024〕46号文件要求开展工作。");
}

#[test]
fn mechanisms_named_by_digits() {
    none("严格落实“1211”法治政府建设推进机制。");
    none("深入落实“1543”立法工作机制。");
    none("在巡察模式上实行“1+3”。");
    none("建立1+1+5项工作制度体系。");
}

#[test]
fn quoted_names() {
    none("实施“五个同步”抓实查。");
    none("为实现“两个确保”、实施“十大战略”提供保障。");
}

#[test]
fn phone_numbers() {
    none("咨询电话:0371-65551234。");
    none("拨打热线12345678咨询。");
}

#[test]
fn list_markers() {
    none("一是坚持依法执政。");
    none("(一)加强党的领导。");
    none("1.加强党的领导。");
}

#[test]
fn levels_plans_and_articles() {
    none("市县乡三级法律顾问全覆盖。");
    none("未来三年持续推进。");
    none("绘制五年法治建设路线图。");
    none("建立一项长效机制。");
    none("进一步加强“十四五”规划。");
}

#[test]
fn months_are_a_period_not_a_count() {
    none("今年前6个月持续推进。");
}

// Indicator matching.

#[test]
fn matches_the_indicator_by_thing_and_unit() {
    let c = one("市县两级政府分别公告行政执法主体668家。");
    assert_eq!(c.indicator.map(|m| m.key).as_deref(), Some("enforcement_bodies_published"));
}

#[test]
fn matches_a_rank_only_to_a_rank() {
    let c = one("营商环境评价连续四年排名全省第三。");
    assert_eq!(c.indicator.map(|m| m.key).as_deref(), Some("business_environment_rank"));
}

#[test]
fn no_indicator_when_nothing_fits() {
    assert_eq!(one("办理免予处罚案件6719件。").indicator, None);
}

// The quote and the figure are verbatim.

#[test]
fn sentence_and_figure_are_substrings() {
    let text = "标题\n  2019年以来,集体学法32次,举办讲座26期。化解率达93%!";
    for c in all(text) {
        assert_eq!(&text[c.sentence_at..c.sentence_at + c.sentence.len()], c.sentence);
        assert!(c.sentence.contains(&c.figure));
        assert!(c.figure_at.end <= c.sentence.len());
    }
    assert_eq!(all(text).len(), 3);
}

// Any text.

proptest::proptest! {
    /// No text makes the extraction panic, and what it returns points into the text.
    #[test]
    fn any_text_gives_verbatim_candidates(text in "[0-9一二两三十百千万亿年月第连续余多%个件项“”《》,。;、\\n前去今以来约近 a-z\\-+/.:]{0,60}") {
        for c in all(&text) {
            proptest::prop_assert_eq!(text.get(c.sentence_at..c.sentence_at + c.sentence.len()), Some(c.sentence.as_str()));
            proptest::prop_assert!(c.sentence.contains(&c.figure));
            proptest::prop_assert!(c.sentence.get(c.figure_at.clone()).is_some());
            proptest::prop_assert!(c.value.is_finite());
        }
    }
}

// More periods and things.

#[test]
fn january_to_june_is_the_first_half() {
    let c = one("2023年1月至6月,全市刑事案件同比减少12%。");
    assert_eq!(c.period, Some(Period::HalfYear { year: 2023, half: 1 }));
}

#[test]
fn the_last_n_years_are_cumulative() {
    assert_eq!(one("近五年来共开展普法活动3000余场。").period, Some(Period::Cumulative { years: 5 }));
    assert_eq!(one("三年来,共办理案件500件。").period, Some(Period::Cumulative { years: 3 }));
}

#[test]
fn a_change_counts_the_thing_before_it() {
    let found = all("全年共办理行政复议案件1,236件,同比增长15.3%,纠错率为8.2%,较上年下降1.5个百分点。");
    let things: Vec<(&str, f64)> = found.iter().map(|c| (c.thing.as_str(), c.value)).collect();
    assert_eq!(things, [("行政复议案件", 1236.0), ("行政复议案件", 15.3), ("纠错率", 8.2), ("纠错率", -1.5)]);
}

#[test]
fn a_streak_counts_what_follows_it() {
    let found = all("出庭应诉率达到100%,连续3年保持全覆盖。");
    assert_eq!(found.iter().map(|c| c.thing.as_str()).collect::<Vec<_>>(), ["出庭应诉率", "保持全覆盖"]);
}

#[test]
fn absurd_numbers_are_no_figures() {
    none(&format!("办理案件{}.5件。", "9".repeat(400)));
    none(&format!("办理案件{}件。", "九千亿".repeat(6)));
}
