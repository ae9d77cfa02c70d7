//! The extraction's rules, one small sentence each: numbers, qualifiers, units, ranks,
//! streaks and changes (periods, regions and what is not a figure: `extract_rules_context.rs`).

#[path = "support/extract.rs"]
mod support;

use support::*;

// Numbers.

#[test]
fn arabic_count_with_thing_and_unit() {
    let c = one("市县两级政府分别公告行政执法主体668家。");
    assert_eq!((c.value, c.kind, c.figure.as_str()), (668.0, Kind::Count, "668家"));
    assert_eq!((c.unit.as_deref(), c.unit_key), (Some("家"), Some("organisations")));
    assert_eq!(c.thing, "行政执法主体");
    assert_eq!(&c.sentence[c.figure_at.clone()], "668");
}

#[test]
fn wan_scales_a_decimal() {
    let c = one("公示执法人员信息1.2万余条。");
    assert_eq!((c.value, c.qualifier, c.unit_key), (12_000.0, AtLeast, Some("entries")));
    assert_eq!((c.figure.as_str(), &c.sentence[c.figure_at.clone()]), ("1.2万余条", "1.2万"));
}

#[test]
fn yi_scales_and_money_has_no_unit_key() {
    let c = one("完成法治项目投资3.5亿元。");
    assert_eq!((c.value, c.unit.as_deref(), c.unit_key), (3.5e8, Some("元"), None));
}

#[test]
fn chinese_thousands_with_yu() {
    value("开展送法下乡活动两千余场。", 2000.0, AtLeast);
}

#[test]
fn chinese_teens() {
    value("召开研判会十八次。", 18.0, Exact);
}

#[test]
fn chinese_hundreds() {
    value("培训执法人员一百二十三名。", 123.0, Exact);
}

#[test]
fn chinese_small_count_before_its_noun() {
    let c = one("建立了全面依法治市工作综合台账和四个协调小组专门台账。");
    assert_eq!((c.value, c.unit_key), (4.0, Some("units")));
    assert_eq!(c.thing, "协调小组专门台账");
}

#[test]
fn thousands_separator() {
    value("受理行政复议案件3,500件。", 3500.0, Exact);
}

#[test]
fn percent_sign() {
    let c = one("通过行政调解化解争议纠纷,化解率达93%。");
    assert_eq!((c.value, c.kind, c.unit_key), (93.0, Kind::Percent, Some("percent")));
}

#[test]
fn percent_in_words() {
    let c = one("群众满意率达到百分之九十八。");
    assert_eq!((c.value, c.kind, c.unit_key), (98.0, Kind::Percent, Some("percent")));
}

#[test]
fn percentage_points() {
    let c = one("办结时限压缩率高于省定目标12.7个百分点。");
    assert_eq!((c.value, c.kind, c.unit.as_deref()), (12.7, Kind::PercentagePoints, Some("个百分点")));
}

// Qualifiers.

#[test]
fn at_least_words() {
    value("制定行政处罚裁量基准200余项。", 200.0, AtLeast);
    value("举办专题辅导报告会150多场次。", 150.0, AtLeast);
    value("矛盾纠纷化解率持续保持98%以上。", 98.0, AtLeast);
    value("办理案件超过300件。", 300.0, AtLeast);
}

#[test]
fn at_most_words() {
    value("全年办理案件近200件。", 200.0, AtMost);
    value("败诉案件不到5件。", 5.0, AtMost);
    value("办理时限压缩在10天以内,差错事项3项以内。", 3.0, AtMost);
    value("纠错率降到5%以下。", 5.0, AtMost);
    value("新设立机构不足10家。", 10.0, AtMost);
}

#[test]
fn about_words() {
    value("参训人员约200人。", 200.0, About);
    value("受理咨询300件左右。", 300.0, About);
}

// Units.

#[test]
fn every_unit_word_and_its_key() {
    let cases = [
        ("办理免予处罚案件6719件。", "件", Some("cases")),
        ("建成89个法律服务工作站。", "个", Some("units")),
        ("公告行政执法主体668家。", "家", Some("organisations")),
        ("制定防范措施2478条。", "条", Some("entries")),
        ("集体学法32次。", "次", Some("times")),
        ("举办领导干部法治专题讲座26期。", "期", Some("sessions")),
        ("为企业选派349名法律服务专员。", "名", Some("persons")),
        ("制定出台10部地方性法规。", "部", Some("regulations")),
        ("累计参加学习7000人次。", "人次", Some("attendances")),
        ("公布证明事项告知承诺制清单248项。", "项", Some("items")),
        ("开展送法活动12场。", "场", Some("events")),
        ("举办报告会150场次。", "场次", Some("events")),
        ("市场主体达59.6万户。", "户", Some("entities")),
        ("出具审核意见216份。", "份", Some("documents")),
        ("1起案例入选全国典型案例。", "起", Some("instances")),
    ];
    for (text, printed, key) in cases {
        let c = one(text);
        assert_eq!((c.unit.as_deref(), c.unit_key), (Some(printed), key), "{text}");
    }
}

#[test]
fn matters_counted_with_ge_are_items() {
    assert_eq!(one("实现183个事项监管全覆盖。").unit_key, Some("items"));
}

#[test]
fn a_number_without_unit_is_no_figure() {
    none("全市共有法律顾问团队建设试点,编号0。");
}

// Ranks and streaks.

#[test]
fn rank_in_chinese() {
    let c = one("“执行合同”指标列全省第一。");
    assert_eq!((c.value, c.kind, c.unit_key), (1.0, Kind::Rank, Some("rank")));
    assert_eq!(c.figure, "列全省第一");
}

#[test]
fn rank_with_wei() {
    let c = one("一体化政务服务指标居全省第3位。");
    assert_eq!((c.value, c.kind, c.unit.as_deref()), (3.0, Kind::Rank, Some("位")));
}

#[test]
fn rank_held_for_years_is_one_figure() {
    let c = one("营商环境评价连续四年排名全省第三。");
    assert_eq!((c.value, c.kind, c.period), (3.0, Kind::Rank, Some(Period::Running { years: 4 })));
    assert_eq!(c.figure, "连续四年排名全省第三");
}

#[test]
fn top_n_is_at_most() {
    let c = one("依法行政考核居全省前三。");
    assert_eq!((c.value, c.kind, c.qualifier), (3.0, Kind::Rank, AtMost));
}

#[test]
fn streak() {
    let c = one("连续4年获评全省法治建设先进市。");
    assert_eq!((c.value, c.kind, c.unit_key), (4.0, Kind::Streak, Some("years")));
    assert_eq!(c.period, Some(Period::Running { years: 4 }));
}

#[test]
fn streak_in_chinese_numerals() {
    let c = one("全市信访总量连续三年下降。");
    assert_eq!((c.value, c.kind, c.period), (3.0, Kind::Streak, Some(Period::Running { years: 3 })));
}

// Changes.

#[test]
fn a_fall_is_negative() {
    let c = one("全市刑事案件发案率同比下降32.9%。");
    assert_eq!((c.value, c.kind), (-32.9, Kind::Change(Direction::Down)));
    assert_eq!(c.figure, "下降32.9%");
}

#[test]
fn a_short_fall_is_negative() {
    assert_eq!(one("电信网络诈骗案件同比降50%。").value, -50.0);
}

#[test]
fn a_rise_is_positive() {
    let c = one("市场主体同比增长10.16%。");
    assert_eq!((c.value, c.kind), (10.16, Kind::Change(Direction::Up)));
}

#[test]
fn rising_to_a_level_is_a_count() {
    let c = one("全市市场主体逆势增至59.6万户。");
    assert_eq!((c.value, c.kind), (596_000.0, Kind::Count));
}

#[test]
fn new_ones_are_a_count() {
    assert_eq!(one("新增市场主体5000户。").kind, Kind::Count);
}
