-- Issue 15: the seed read once more against its article. The seed fills only an empty store,
-- so a store filled from the earlier seed gets the same fixes here. Catalogue rows (units,
-- categories, indicators, practices, honours, the derived target) are fixed in place by their
-- seed keys; rows of the article that were missing are added only to a store that holds the
-- article (a generated, synthetic store does not). Figures are never rewritten: a figure whose
-- period was wrong is superseded by the same figure at the right period, with an audit entry,
-- as any correction is. On a new, empty store nothing here matches and the seed brings it all.

-- A third direction, neutral (counts of problems found). A CHECK cannot be altered, so the
-- table is rebuilt; observations and targets reference it, and with the checks deferred to
-- the commit the keys are back before they are checked.
PRAGMA defer_foreign_keys = ON;
CREATE TABLE indicators_before_0005 AS SELECT * FROM indicators;
DROP TABLE indicators;
CREATE TABLE indicators (
    key TEXT PRIMARY KEY,
    category TEXT NOT NULL REFERENCES categories (key),
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    kind TEXT NOT NULL,
    unit TEXT NOT NULL REFERENCES units (key),
    direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower', 'neutral')),
    per_capita INTEGER NOT NULL,
    definition_zh TEXT NOT NULL,
    definition_en TEXT NOT NULL
);
INSERT INTO indicators (key, category, name_zh, name_en, kind, unit, direction, per_capita, definition_zh, definition_en)
    SELECT key, category, name_zh, name_en, kind, unit, direction, per_capita, definition_zh, definition_en
    FROM indicators_before_0005 ORDER BY rowid;
DROP TABLE indicators_before_0005;

-- A target worked out from a source's sentence says so, and how, in both languages.
ALTER TABLE targets ADD COLUMN derivation_zh TEXT;
ALTER TABLE targets ADD COLUMN derivation_en TEXT;

UPDATE units SET name_en = 'instances' WHERE key = 'instances';
UPDATE categories SET framework_zh = '纲要第二方面:健全依法行政制度体系;另含纲要之外的地方人大立法',
    framework_en = 'Outline area 2: administrative rules and normative documents; also local law-making by people''s congresses, which the Outline does not cover'
    WHERE key = 'legislation';

UPDATE indicators SET category = 'legal_education', name_zh = '“法治讲堂”县处级以上干部参学人次', name_en = 'Attendance of county-level and senior officials at the lecture series',
    direction = 'higher', per_capita = 0,
    definition_zh = '县处级以上领导干部参加“法治讲堂”学习的累计人次',
    definition_en = 'Cumulative attendances of county-level and more senior officials at the lecture series of the city party committee''s central study group (enlarged)'
    WHERE key = 'law_lecture_attendance';
UPDATE indicators SET category = 'legal_education', name_zh = '习近平法治思想专题辅导报告会', name_en = 'Briefings on Xi Jinping Thought on the Rule of Law',
    direction = 'higher', per_capita = 0,
    definition_zh = '全市举办的习近平法治思想专题辅导报告会场次',
    definition_en = 'Briefing sessions on Xi Jinping Thought on the Rule of Law held in the city'
    WHERE key = 'law_thought_briefings';
UPDATE indicators SET category = 'leadership', name_zh = '作风纪律整顿整治问题方面数', name_en = 'Problem areas addressed in the conduct and discipline drive',
    direction = 'neutral', per_capita = 0,
    definition_zh = '集中整治的突出问题方面数',
    definition_en = 'Areas of problems addressed in the conduct and discipline drive'
    WHERE key = 'conduct_problem_areas_rectified';
UPDATE indicators SET category = 'law_enforcement', name_zh = '梳理高频违法风险点', name_en = 'High-frequency violation risk points identified',
    direction = 'neutral', per_capita = 0,
    definition_zh = '梳理的高频违法风险点个数',
    definition_en = 'High-frequency risk points of violations identified'
    WHERE key = 'violation_risk_points';
UPDATE indicators SET category = 'law_enforcement', name_zh = '行政处罚裁量基准', name_en = 'Administrative penalty discretion benchmarks',
    direction = 'higher', per_capita = 0,
    definition_zh = '制定的行政处罚裁量基准项数',
    definition_en = 'Administrative penalty discretion benchmarks set'
    WHERE key = 'penalty_discretion_benchmarks';
UPDATE indicators SET category = 'law_enforcement', name_zh = '制定处罚裁量基准涉及的法规规章数', name_en = 'Regulations and rules given penalty discretion benchmarks',
    direction = 'higher', per_capita = 0,
    definition_zh = '制定行政处罚裁量基准所涉及的地方性法规规章部数',
    definition_en = 'Local regulations and rules for which penalty discretion benchmarks were set'
    WHERE key = 'regulations_with_discretion_benchmarks';
UPDATE indicators SET category = 'social_governance', name_zh = '行政裁决事项清单', name_en = 'Administrative adjudication items listed',
    direction = 'higher', per_capita = 0,
    definition_zh = '梳理公布的行政裁决事项清单项数',
    definition_en = 'Items on the published list of administrative adjudication matters'
    WHERE key = 'administrative_adjudication_items';
UPDATE indicators SET category = 'government_services', name_zh = '“一网通办”审批事项', name_en = 'Approval items available through the one-portal online service',
    direction = 'higher', per_capita = 0,
    definition_zh = '可通过“一网通办”办理的审批事项数',
    definition_en = 'Approval items available through the one-portal online service (一网通办)'
    WHERE key = 'online_approval_items';
UPDATE indicators SET category = 'social_governance', name_zh = '公众安全感和执法满意度居全省前列年数', name_en = 'Years with public sense of security and enforcement satisfaction near the top',
    direction = 'higher', per_capita = 0,
    definition_zh = '公众安全感和政法机关执法满意度连续居全省前列的年数',
    definition_en = 'Consecutive years in which public sense of security and satisfaction with law enforcement were near the top of the province'
    WHERE key = 'public_security_top_tier_years';
UPDATE indicators SET category = 'legal_education', name_zh = '市委理论学习中心组学法次数', name_en = 'Law study sessions of the city party committee''s central study group',
    direction = 'higher', per_capita = 0,
    definition_zh = '市委理论学习中心组专题学法次数',
    definition_en = 'Law study sessions of the city party committee''s central study group'
    WHERE key = 'party_group_law_study_sessions';
UPDATE indicators SET category = 'legal_education', name_zh = '“法治讲堂”连续举办年数', name_en = 'Years the rule-of-law lecture series has run',
    direction = 'higher', per_capita = 0,
    definition_zh = '市委中心组(扩大)“法治讲堂”连续举办的年数',
    definition_en = 'Consecutive years the rule-of-law lecture series of the city party committee''s central study group (enlarged) has been held'
    WHERE key = 'law_lecture_series_years';
UPDATE indicators SET category = 'government_services', name_zh = '证明事项告知承诺制清单', name_en = 'Certification items under the notify-and-commit system',
    direction = 'higher', per_capita = 0,
    definition_zh = '公布的证明事项告知承诺制清单项数',
    definition_en = 'Certification items on the published list of the notify-and-commit system'
    WHERE key = 'certification_commitment_items';
UPDATE indicators SET category = 'government_services', name_zh = '入选全国典型案例数', name_en = 'Cases selected as national typical cases',
    direction = 'higher', per_capita = 0,
    definition_zh = '证明事项告知承诺制案例入选全国典型案例的数量',
    definition_en = 'Notify-and-commit certification cases selected as national typical cases'
    WHERE key = 'national_typical_cases';
UPDATE indicators SET category = 'government_services', name_zh = '政务服务事项办结时限压缩比例', name_en = 'Reduction in government service processing time limits',
    direction = 'higher', per_capita = 0,
    definition_zh = '政务服务事项办结时限被压缩的比例',
    definition_en = 'Share by which the time limits for completing government services were cut'
    WHERE key = 'service_time_limit_reduction';
UPDATE indicators SET category = 'business_environment', name_zh = '“执行合同”指标全省排名(市法院系统)', name_en = 'Enforcing contracts: provincial rank (city court system)',
    direction = 'lower', per_capita = 0,
    definition_zh = '营商环境评价“执行合同”指标市法院系统的全省名次(1为最好)',
    definition_en = 'Provincial rank of the city court system on the enforcing-contracts indicator of the business environment evaluation (1 is best)'
    WHERE key = 'enforcing_contracts_rank';
UPDATE indicators SET category = 'business_environment', name_zh = '“保护中小投资者”指标全省排名(市法院系统)', name_en = 'Protecting minority investors: provincial rank (city court system)',
    direction = 'lower', per_capita = 0,
    definition_zh = '营商环境评价“保护中小投资者”指标市法院系统的全省名次(1为最好)',
    definition_en = 'Provincial rank of the city court system on the protecting-minority-investors indicator (1 is best)'
    WHERE key = 'protecting_minority_investors_rank';
UPDATE indicators SET category = 'business_environment', name_zh = '营商环境评价全省排名(市辖区)', name_en = 'Business environment evaluation: rank among county-level districts',
    direction = 'lower', per_capita = 0,
    definition_zh = '全省营商环境评价中在市辖区中的名次(1为最好)',
    definition_en = 'Rank among Henan''s county-level districts (市辖区) (1 is best)'
    WHERE key = 'district_business_environment_rank';

INSERT INTO indicators (key, category, name_zh, name_en, kind, unit, direction, per_capita, definition_zh, definition_en)
    SELECT 'rule_of_law_government_systems', 'leadership', '法治政府建设领导小组建立的制度数', 'Systems set up by the rule-of-law government leading group', 'count', 'items', 'higher', 0, '由市委书记、市长任组长的法治政府建设领导小组建立的制度项数', 'Systems set up by the rule-of-law government leading group that the party secretary and the mayor chair'
    WHERE EXISTS (SELECT 1 FROM sources WHERE id = 'rmw-20220917');
INSERT INTO indicators (key, category, name_zh, name_en, kind, unit, direction, per_capita, definition_zh, definition_en)
    SELECT 'coordination_group_ledgers', 'leadership', '协调小组专门台账数', 'Special ledgers of the coordination groups', 'count', 'units', 'higher', 0, '全面依法治市工作中为各协调小组建立的专门台账个数(综合台账另计)', 'Special ledgers kept for the coordination groups of law-based city governance (the overall ledger not counted)'
    WHERE EXISTS (SELECT 1 FROM sources WHERE id = 'rmw-20220917');

-- The provincial 70% is derived (82.7 − 12.7); no document gives it a period or a deadline:
-- its period is that of the undated figure it is read from, and it has no deadline. Only the
-- seed's own target, as the seed left it, is changed; an audit entry says what changed.
INSERT INTO audit (at, user_id, user_name, action, entity, region, before, after, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), NULL, 'system', 'target.update', 'target ' || id, scope,
        json_object('period', period, 'deadline', deadline, 'note', note),
        json_object('period', 'undated-2022-09', 'deadline', NULL, 'note', '', 'derived', json('true')),
        'migration 0005: a derived target has no invented period or deadline'
    FROM targets WHERE id = 'henan-service-time-limit-reduction' AND value = 70 AND period = 'asof-2022-09';
UPDATE targets SET period = 'undated-2022-09', deadline = NULL, note = '',
    derivation_zh = '由来源语句推算:鹤壁办结时限压缩82.7%,“高于省定目标12.7个百分点”,故省定目标为82.7−12.7=70%;未见载明该目标的文件,文中也未说明期限。',
    derivation_en = 'Derived from the source''s sentence: Hebi cut time limits by 82.7%, "12.7 percentage points above the provincial target", so the target is 82.7 − 12.7 = 70%. No document stating it has been seen, and the article states no deadline.'
    WHERE id = 'henan-service-time-limit-reduction' AND value = 70 AND period = 'asof-2022-09';

-- The typical case is a figure (national_typical_cases, "1起"); as an honour too it was
-- counted twice.
DELETE FROM honours WHERE region = '410600' AND title_zh = '证明事项告知承诺制案例入选全国典型案例';
UPDATE honours SET title_en = 'Chang''an Cup, won consecutively (the only prefecture in Henan to do so)'
    WHERE region = '410600' AND title_zh = '“长安杯”(蝉联,全省唯一省辖市)';
INSERT INTO honours (region, level, status, year, title_zh, title_en, source, quote)
    SELECT '410600', 'national', 'awarded', NULL, '“鹤辉高速烂尾工程案件”办结获最高人民法院领导批示肯定',
        'Resolution of the Hehui Expressway unfinished-project case commended in writing by leaders of the Supreme People''s Court', 'rmw-20220917',
        '深化影响营商环境执法司法突出问题专项治理,探索推行“首错免罚”等柔性执法方式,为企业选派349名法律服务专员,帮助大用、永达等企业纾难解困、破产重组,顺利办结“鹤辉高速烂尾工程案件”,得到了最高院领导批示肯定。'
    WHERE EXISTS (SELECT 1 FROM sources WHERE id = 'rmw-20220917')
        AND EXISTS (SELECT 1 FROM regions WHERE code = '410600');

UPDATE practices SET name_zh = '“四方协调”', name_en = '"Four-party coordination"',
    summary_zh = '巡察办、依法治市办、巡察组、法治检查组协调机制', summary_en = 'Coordination between the inspection office, the rule-of-law office, the inspection team and the rule-of-law check team'
    WHERE region = '410400' AND name_zh = '“四方协调”';
UPDATE practices SET name_zh = '“一单一函”', name_en = '"One list, one letter"',
    summary_zh = '巡察结束前形成问题清单,结束后每季度印发督促提醒函', summary_en = 'A problem list before an inspection ends, and quarterly reminder letters after it'
    WHERE region = '410400' AND name_zh = '“一单一函”与“双重跟踪”';
UPDATE practices SET name_zh = '“以考促抓”与考核“五挂钩”', name_en = '"Assessment drives the work" and the "five links"',
    summary_zh = '法治建设考核结果与干部任用等五方面挂钩', summary_en = 'Rule-of-law assessment results tied to five aspects of cadre management'
    WHERE region = '410400' AND name_zh = '考核“五挂钩”';

-- "双重跟踪" quoted the "一单一函" sentence; it now has its own, and its own row.
INSERT INTO practices (region, name_zh, name_en, summary_zh, summary_en, source, quote)
    SELECT '410400', '“分类定标”', '"Targets by category"',
        '按巡察对象承担的法治建设任务分类制定巡察内容清单和评价标准', 'Inspection checklists and evaluation standards drawn up by the rule-of-law tasks each inspected body carries', 'rmw-20220917',
        '在巡察内容上实行“分类定标”,即根据巡察对象在推进法治建设中承担任务的不同,分门别类制定巡察内容清单和评价标准,逐一量化测评指标体系,力求内容贴合、测评精准。'
    WHERE EXISTS (SELECT 1 FROM sources WHERE id = 'rmw-20220917')
        AND EXISTS (SELECT 1 FROM regions WHERE code = '410400');
INSERT INTO practices (region, name_zh, name_en, summary_zh, summary_en, source, quote)
    SELECT '410400', '“双重跟踪”与“五道关卡”', '"Double tracking" and "five checkpoints"',
        '巡察办与依法治市办联合设置反馈、整改、线索、督办、追责五道关卡', 'The inspection office and the rule-of-law office jointly set five checkpoints: feedback, rectification, leads, supervision and accountability', 'rmw-20220917',
        '实施“双重跟踪”促进治,市委巡察办与市委依法治市办联合设置巡察反馈、问题整改、线索办理、督查督办、责任追究“五道关卡”,倒逼责任再压实、工作再提升。'
    WHERE EXISTS (SELECT 1 FROM sources WHERE id = 'rmw-20220917')
        AND EXISTS (SELECT 1 FROM regions WHERE code = '410400');
INSERT INTO practices (region, name_zh, name_en, summary_zh, summary_en, source, quote)
    SELECT '410400', '“以创促建”', '"Demonstration drives building"',
        '把创建全国法治政府建设示范市作为“一把手”工程,分解指标、明确责任并督察测评', 'Bidding for national rule-of-law government demonstration city made the leaders'' own project, with tasks per criterion and inspections', 'rmw-20220917',
        '注重以创促建,把创建全国法治政府建设示范市作为“一把手”工程,对指标定任务、明责任,逐一开展电视专题访谈,同时进行督察测评,以压力传导促责任落实。'
    WHERE EXISTS (SELECT 1 FROM sources WHERE id = 'rmw-20220917')
        AND EXISTS (SELECT 1 FROM regions WHERE code = '410400');
INSERT INTO practices (region, name_zh, name_en, summary_zh, summary_en, source, quote)
    SELECT '410400', '“以述促干”', '"Reporting drives action"',
        '第一责任人履职情况列入年度述职考核', 'The first responsible person''s duty made part of the annual performance report', 'rmw-20220917',
        '注重以述促干,把党政主要负责人履行推进法治建设第一责任人职责情况列入年度述职考核内容,推动党政主要负责人履责于行,全面提升法治建设成色。'
    WHERE EXISTS (SELECT 1 FROM sources WHERE id = 'rmw-20220917')
        AND EXISTS (SELECT 1 FROM regions WHERE code = '410400');
INSERT INTO practices (region, name_zh, name_en, summary_zh, summary_en, source, quote)
    SELECT '410600', '“信用鹤壁”', '"Credit Hebi"',
        '城市信用建设', 'Building the city''s credit system', 'rmw-20220917',
        '四是建设“信用鹤壁”,“信用中国”城市信用监测排名居全省第三。'
    WHERE EXISTS (SELECT 1 FROM sources WHERE id = 'rmw-20220917')
        AND EXISTS (SELECT 1 FROM regions WHERE code = '410600');
INSERT INTO practices (region, name_zh, name_en, summary_zh, summary_en, source, quote)
    SELECT '410600', '“四大一送”', '"Four big, one delivery"',
        '深入开展的矛盾纠纷化解活动', 'Campaigns for resolving disputes', 'rmw-20220917',
        '深入开展“四大一送”等活动,“一村一警一法律顾问一矛盾调解队伍”实现全覆盖,矛盾纠纷化解率持续保持98%以上,全市信访总量连续三年下降,群众对信访部门满意率等6项指标稳居全省前列。'
    WHERE EXISTS (SELECT 1 FROM sources WHERE id = 'rmw-20220917')
        AND EXISTS (SELECT 1 FROM regions WHERE code = '410600');
INSERT INTO practices (region, name_zh, name_en, summary_zh, summary_en, source, quote)
    SELECT '410900', '依法治乡(镇、办)委员会试点', 'Pilot rule-of-law committees in townships and subdistricts',
        '率先试点成立依法治乡(镇、办)委员会及其办公室', 'First pilots of rule-of-law committees and their offices in townships, towns and subdistricts', 'rmw-20220917',
        '市县两级党委全部成立依法治市(县)委员会及其办公室协调小组,构建起全面依法治市工作体系;成立由市委书记、市长任组长的法治政府建设领导小组,建立四项制度,扎实开展法治政府建设示范创建;率先试点成立依法治乡(镇、办)委员会及其办公室,打通全面依法治国“最后一公里”。'
    WHERE EXISTS (SELECT 1 FROM sources WHERE id = 'rmw-20220917')
        AND EXISTS (SELECT 1 FROM regions WHERE code = '410900');

-- Figures the article gives no date for were at asof-2022-09 ("as of Sep 2022"); they move to
-- undated-2022-09, and the 7,000 attendances, a total over nine years, from 9y-running to
-- 9y-cumulative. The period is part of a figure's key, so each is a correction: the same
-- figure at the new period, the old row pointing at it, an audit entry with both.
CREATE TEMP TABLE moved_0005 AS
    SELECT id AS old_id, region, indicator, period AS old_period,
        CASE WHEN period = 'asof-2022-09' THEN 'undated-2022-09' ELSE '9y-cumulative' END AS new_period
    FROM observations
    WHERE superseded_by IS NULL AND source = 'rmw-20220917'
        AND (period = 'asof-2022-09' OR (indicator = 'law_lecture_attendance' AND period = '9y-running'));
INSERT INTO observations (region, indicator, period, value, qualifier, figure, source, quote, note, entered_by,
        entered_at, reason)
    SELECT o.region, o.indicator, m.new_period, o.value, o.qualifier, o.figure, o.source, o.quote, o.note, NULL,
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'migration 0005: the period the source states'
    FROM moved_0005 m JOIN observations o ON o.id = m.old_id ORDER BY m.old_id;
UPDATE observations SET superseded_by = (
        SELECT n.id FROM observations n JOIN moved_0005 m ON m.old_id = observations.id
        WHERE n.region = m.region AND n.indicator = m.indicator AND n.period = m.new_period
            AND n.superseded_by IS NULL)
    WHERE id IN (SELECT old_id FROM moved_0005);
INSERT INTO audit (at, user_id, user_name, action, entity, region, before, after, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), NULL, 'system', 'observation.correct',
        'observation ' || m.region || '/' || m.indicator || '/' || m.new_period, m.region,
        json_object('period', m.old_period, 'value', o.value, 'qualifier', o.qualifier, 'figure', o.figure),
        json_object('period', m.new_period, 'value', o.value, 'qualifier', o.qualifier, 'figure', o.figure),
        'migration 0005: the period the source states'
    FROM moved_0005 m JOIN observations o ON o.id = m.old_id ORDER BY m.old_id;
DROP TABLE moved_0005;

-- 濮阳's "四项制度" and "四个协调小组专门台账", counts like the others, were missing.
INSERT INTO observations (region, indicator, period, value, qualifier, figure, source, quote, note, entered_by, entered_at, reason)
    SELECT '410900', 'rule_of_law_government_systems', 'undated-2022-09', 4, 'exact', '四项制度', 'rmw-20220917',
        '市县两级党委全部成立依法治市(县)委员会及其办公室协调小组,构建起全面依法治市工作体系;成立由市委书记、市长任组长的法治政府建设领导小组,建立四项制度,扎实开展法治政府建设示范创建;率先试点成立依法治乡(镇、办)委员会及其办公室,打通全面依法治国“最后一公里”。',
        '', NULL, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'migration 0005: a figure of the source missing from the seed'
    WHERE EXISTS (SELECT 1 FROM sources WHERE id = 'rmw-20220917') AND EXISTS (SELECT 1 FROM regions WHERE code = '410900');
INSERT INTO observations (region, indicator, period, value, qualifier, figure, source, quote, note, entered_by, entered_at, reason)
    SELECT '410900', 'coordination_group_ledgers', 'undated-2022-09', 4, 'exact', '四个协调小组专门台账', 'rmw-20220917',
        '建立了全面依法治市工作综合台账和四个协调小组专门台账,确保各项工作落到实处。',
        '', NULL, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'migration 0005: a figure of the source missing from the seed'
    WHERE EXISTS (SELECT 1 FROM sources WHERE id = 'rmw-20220917') AND EXISTS (SELECT 1 FROM regions WHERE code = '410900');

INSERT INTO audit (at, user_id, user_name, action, entity, region, before, after, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), NULL, 'system', 'observation.add',
        'observation ' || region || '/' || indicator || '/' || period, region, NULL,
        json_object('period', period, 'value', value, 'qualifier', qualifier, 'figure', figure),
        reason
    FROM observations WHERE reason = 'migration 0005: a figure of the source missing from the seed';
