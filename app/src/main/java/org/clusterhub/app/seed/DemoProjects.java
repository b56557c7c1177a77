package org.clusterhub.app.seed;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.shared.City;

/**
 * The demo's projects: one or two for many of the plan's clusters, in every lifecycle state a screen should show.
 * Public service projects (三(六)) are led by the cluster's promotion organization, major projects (四(二)) by a
 * leading enterprise; participants include the demo members' organizations (山东大学, 潍柴动力, 山东产业技术研究院,
 * 青岛工业互联网公共服务平台) and, for two projects, the organizations of two demo experts (山东大学, 中国海洋大学), so
 * that their experts are left out of those draws. Dates are relative to the day of seeding, so the demo looks the
 * same whenever it is first started.
 */
final class DemoProjects {

    private DemoProjects() {
    }

    /** Where a demo project is left. */
    enum Stage {
        DRAFT, SUBMITTED, RETURNED, WITHDRAWN, RECOMMENDED, EXPERT_REVIEW, AWAITING_DECISION, REJECTED, PUBLICITY,
        IN_PROGRESS, CHANGE_PENDING, MILESTONE_OVERDUE, MIDTERM, RESERVE, EXITED;

        boolean approved() {
            return ordinal() >= IN_PROGRESS.ordinal();
        }
    }

    record Partner(String organization, City city, Set<ProjectSection> sections) {
    }

    record Line(String item, FundingSource source, String amount) {
    }

    /** {@code owner} null: the lead organization. */
    record Step(String title, LocalDate due, String deliverable, String owner) {
    }

    record Kpi(String name, String unit, String target) {
    }

    record Spec(String code, int cluster, ProjectKind kind, String title, String lead, City city, String person,
                int startYear, int endYear, String aims, String content, List<Partner> partners, List<Line> lines,
                List<Step> milestones, List<Kpi> kpis, Stage stage) {

        ProjectId projectId() {
            return new ProjectId(UUID.nameUUIDFromBytes(("demo-project:" + code).getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static Partner partner(String organization, City city, ProjectSection... sections) {
        return new Partner(organization, city, sections.length == 0 ? Set.of() : EnumSet.of(sections[0], sections));
    }

    private static Line line(String item, FundingSource source, String amount) {
        return new Line(item, source, amount);
    }

    private static Kpi kpi(String name, String unit, String target) {
        return new Kpi(name, unit, target);
    }

    static List<Spec> all(LocalDate today) {
        int start = today.minusMonths(2).getYear();
        int end = start + 2;
        Months in = new Months(today);
        return List.of(
                new Spec("cnc-functional-parts", 7, ProjectKind.COLLABORATIVE_INNOVATION,
                        "高档数控机床关键功能部件共性技术研发", "济南二机床集团有限公司", City.JINAN, "王立新", start, end,
                        "突破五轴联动数控系统精度补偿、高速电主轴和数控转台等关键功能部件技术，核心部件国产化率达到70%以上。",
                        "联合高校建设功能部件可靠性试验台，开展精度保持性和可靠性攻关，形成3项以上行业标准草案。",
                        List.of(partner("山东大学", City.JINAN, ProjectSection.BUDGET, ProjectSection.INDICATORS)),
                        List.of(line("可靠性试验台与检测设备", FundingSource.PROVINCIAL_SUBSIDY, "500"),
                                line("市级产业发展专项配套", FundingSource.CITY_FUNDS, "200"),
                                line("企业研发投入", FundingSource.ENTERPRISE_FUNDS, "1200")),
                        List.of(new Step("五轴联动精度补偿样机", in.months(8), "样机通过第三方精度检测", null),
                                new Step("功能部件可靠性试验台建成", in.months(14), "试验台投入运行", "山东大学")),
                        List.of(kpi("突破关键技术", "项", "5"), kpi("申请发明专利", "件", "12"),
                                kpi("核心部件国产化率", "%", "70")), Stage.DRAFT),
                new Spec("appliance-iiot-platform", 2, ProjectKind.PUBLIC_SERVICE_PLATFORM,
                        "智能家电产业链工业互联网公共服务平台", "青岛市数字家庭产业与应用促进会", City.QINGDAO, "刘海燕",
                        start, end,
                        "为集群中小配套企业提供设备上云、质量追溯和供需对接服务，带动300家配套企业数字化改造。",
                        "依托工业互联网平台建设家电产业链数据中台，开发面向配套企业的轻量化应用20个。",
                        List.of(partner("青岛工业互联网公共服务平台", City.QINGDAO, ProjectSection.CONTENT,
                                        ProjectSection.MILESTONES),
                                partner("海尔智家股份有限公司", City.QINGDAO, ProjectSection.INDICATORS),
                                partner("中国海洋大学", City.QINGDAO)),
                        List.of(line("平台软硬件建设", FundingSource.PROVINCIAL_SUBSIDY, "300"),
                                line("促进会自筹", FundingSource.OWN_FUNDS, "80"),
                                line("龙头企业投入", FundingSource.ENTERPRISE_FUNDS, "420")),
                        List.of(new Step("数据中台上线", in.months(6), "平台接入企业100家", "青岛工业互联网公共服务平台"),
                                new Step("轻量化应用推广", in.months(15), "应用上架20个", null)),
                        List.of(kpi("服务配套企业", "家", "300"), kpi("上架轻量化应用", "个", "20")), Stage.DRAFT),
                new Spec("petroleum-testing-center", 16, ProjectKind.PUBLIC_ENTITY, "高端石油装备检验检测公共服务中心",
                        "东营市石油装备产业协会", City.DONGYING, "张建华", start, end,
                        "建成覆盖钻采装备、井下工具和油气集输装备的检验检测中心，服务集群企业产品认证和出口检测。",
                        "建设高压试验舱、井下工具综合试验台和无损检测实验室，取得CNAS认可。",
                        List.of(partner("山东科瑞控股集团有限公司", City.DONGYING, ProjectSection.BUDGET),
                                partner("中国石油大学（华东）", City.QINGDAO, ProjectSection.CONTENT)),
                        List.of(line("检测设备购置", FundingSource.PROVINCIAL_SUBSIDY, "600"),
                                line("东营市配套", FundingSource.CITY_FUNDS, "300"),
                                line("企业投入", FundingSource.ENTERPRISE_FUNDS, "900")),
                        List.of(new Step("高压试验舱建成", in.months(9), "试验舱通过验收", null),
                                new Step("取得CNAS认可", in.months(18), "CNAS认可证书", null)),
                        List.of(kpi("年检测服务批次", "批次", "1500"), kpi("服务企业", "家", "120")), Stage.SUBMITTED),
                new Spec("sports-new-materials", 15, ProjectKind.COLLABORATIVE_INNOVATION, "体育器材碳纤维复合材料应用技术攻关",
                        "泰山体育产业集团有限公司", City.DEZHOU, "李明", start, end,
                        "突破碳纤维复合材料在竞技器材中的成型与连接技术，开发国际赛事认证产品5项。",
                        "建设复合材料成型中试线，联合高校开展材料疲劳与冲击性能研究。",
                        List.of(partner("济南大学", City.JINAN, ProjectSection.CONTENT)),
                        List.of(line("中试线设备", FundingSource.PROVINCIAL_SUBSIDY, "350"),
                                line("企业投入", FundingSource.ENTERPRISE_FUNDS, "650")),
                        List.of(new Step("中试线建成", in.months(7), "中试线试运行报告", null)),
                        List.of(kpi("通过国际认证产品", "项", "5")), Stage.RETURNED),
                new Spec("coal-chemicals-pilot", 12, ProjectKind.PUBLIC_ENTITY, "煤基精细化学品中试放大公共平台",
                        "山东省高端化工产业发展促进会", City.JINING, "赵志刚", start, end,
                        "建设煤基精细化学品中试放大平台，缩短新产品工程化周期。",
                        "建设多功能中试装置两套及配套分析检测实验室。",
                        List.of(partner("兖矿鲁南化工有限公司", City.ZAOZHUANG, ProjectSection.BUDGET)),
                        List.of(line("中试装置", FundingSource.PROVINCIAL_SUBSIDY, "400"),
                                line("企业投入", FundingSource.ENTERPRISE_FUNDS, "800")),
                        List.of(new Step("中试装置建成", in.months(10), "装置试车报告", null)),
                        List.of(kpi("完成中试项目", "项", "15")), Stage.WITHDRAWN),
                new Spec("aluminum-pilot-base", 10, ProjectKind.PUBLIC_ENTITY, "轻量化铝合金汽车零部件中试基地",
                        "滨州市铝行业协会", City.BINZHOU, "孙晓东", start, end,
                        "建设铝合金汽车零部件中试基地，支撑集群企业由铝材向零部件延伸。",
                        "建设一体化压铸中试线、热处理与性能检测平台，开放共享给集群企业。",
                        List.of(partner("山东魏桥创业集团有限公司", City.BINZHOU, ProjectSection.BUDGET)),
                        List.of(line("压铸中试线", FundingSource.PROVINCIAL_SUBSIDY, "700"),
                                line("滨州市配套", FundingSource.CITY_FUNDS, "300"),
                                line("企业投入", FundingSource.ENTERPRISE_FUNDS, "1500")),
                        List.of(new Step("中试线建成投用", in.months(12), "中试线验收报告", null)),
                        List.of(kpi("开发零部件新产品", "个", "30")), Stage.RECOMMENDED),
                new Spec("polyurethane-innovation", 3, ProjectKind.COLLABORATIVE_INNOVATION,
                        "聚氨酯新材料产业链协同创新平台", "万华化学集团股份有限公司", City.YANTAI, "陈卫国", start, end,
                        "围绕聚氨酯产业链上下游开展协同攻关，突破特种异氰酸酯和生物基多元醇关键技术。",
                        "组建产学研创新联合体，建设中试验证平台，推动5项成果在集群企业转化。",
                        List.of(partner("中国海洋大学", City.QINGDAO, ProjectSection.CONTENT),
                                partner("山东产业技术研究院", City.JINAN, ProjectSection.INDICATORS)),
                        List.of(line("中试验证平台", FundingSource.PROVINCIAL_SUBSIDY, "800"),
                                line("企业研发投入", FundingSource.ENTERPRISE_FUNDS, "2600")),
                        List.of(new Step("生物基多元醇中试", in.months(10), "中试产品检测报告", null),
                                new Step("成果转化", in.months(20), "成果转化协议5项", "山东产业技术研究院")),
                        List.of(kpi("突破关键技术", "项", "6"), kpi("成果转化", "项", "5")), Stage.EXPERT_REVIEW),
                new Spec("hydrogen-engine-parts", 11, ProjectKind.FOUNDATION_CAPABILITY,
                        "氢燃料电池发动机关键零部件产业化", "潍柴动力股份有限公司", City.WEIFANG, "郝庆贵", start, end,
                        "实现电堆双极板、空压机和氢循环泵的批量化制造，关键零部件自主配套率达到80%。",
                        "建设关键零部件自动化生产线和耐久性试验台，联合高校开展膜电极寿命研究。",
                        List.of(partner("山东大学", City.JINAN, ProjectSection.CONTENT)),
                        List.of(line("生产线与试验台", FundingSource.PROVINCIAL_SUBSIDY, "900"),
                                line("潍坊市配套", FundingSource.CITY_FUNDS, "400"),
                                line("企业投入", FundingSource.ENTERPRISE_FUNDS, "3500")),
                        List.of(new Step("双极板产线投产", in.months(9), "产线验收报告", null),
                                new Step("耐久性试验台建成", in.months(16), "试验台运行记录", "山东大学")),
                        List.of(kpi("关键零部件自主配套率", "%", "80"), kpi("新增产值", "亿元", "12")),
                        Stage.AWAITING_DECISION),
                new Spec("deep-sea-aquaculture-vessel", 9, ProjectKind.COLLABORATIVE_INNOVATION,
                        "深远海养殖工船关键技术攻关", "烟台中集来福士海洋工程有限公司", City.YANTAI, "吴海峰", start, end,
                        "突破养殖工船舱养系统与船体运动耦合控制技术。",
                        "完成10万吨级养殖工船总体设计与关键系统样机试验。",
                        List.of(partner("中国海洋大学", City.QINGDAO, ProjectSection.CONTENT)),
                        List.of(line("样机试验", FundingSource.PROVINCIAL_SUBSIDY, "1000"),
                                line("企业投入", FundingSource.ENTERPRISE_FUNDS, "1800")),
                        List.of(new Step("总体设计通过船级社审查", in.months(8), "审查意见", null)),
                        List.of(kpi("关键系统样机", "套", "3")), Stage.REJECTED),
                new Spec("medical-device-registration", 8, ProjectKind.PUBLIC_SERVICE_PLATFORM,
                        "高端医疗器械注册检验与临床评价服务平台", "山东省医药行业协会", City.ZIBO, "韩雪", start, end,
                        "为集群企业提供注册检验、临床评价和质量体系辅导一站式服务，缩短产品注册周期30%。",
                        "建设电气安全与电磁兼容实验室，组建临床评价专家库，开展注册申报培训。",
                        List.of(partner("山东新华医疗器械股份有限公司", City.ZIBO, ProjectSection.BUDGET),
                                partner("山东威高集团医用高分子制品股份有限公司", City.WEIHAI)),
                        List.of(line("实验室建设", FundingSource.PROVINCIAL_SUBSIDY, "450"),
                                line("淄博市配套", FundingSource.CITY_FUNDS, "150"),
                                line("企业投入", FundingSource.ENTERPRISE_FUNDS, "300")),
                        List.of(new Step("电磁兼容实验室建成", in.months(8), "实验室资质认定证书", null)),
                        List.of(kpi("服务产品注册", "项", "80")), Stage.PUBLICITY),
                new Spec("rail-parts-localization", 1, ProjectKind.CHAIN_BUILDING, "轨道交通装备关键零部件国产化配套协作",
                        "中车青岛四方机车车辆股份有限公司", City.QINGDAO, "马晓军", start, end,
                        "带动省内配套企业进入高速动车组供应链，关键零部件省内配套率提高15个百分点。",
                        "开展制动、转向架和车门系统零部件的联合开发与验证，建立省内配套企业培育名录。",
                        List.of(partner("青岛科技大学", City.QINGDAO, ProjectSection.CONTENT)),
                        List.of(line("联合开发与验证", FundingSource.PROVINCIAL_SUBSIDY, "600"),
                                line("青岛市配套", FundingSource.CITY_FUNDS, "300"),
                                line("企业投入", FundingSource.ENTERPRISE_FUNDS, "2400")),
                        List.of(new Step("首批零部件装车验证", in.months(5), "装车试验报告", null),
                                new Step("配套企业培育名录发布", in.months(12), "名录及评估报告", "青岛科技大学")),
                        List.of(kpi("省内配套率提升", "百分点", "15"), kpi("培育配套企业", "家", "25")),
                        Stage.IN_PROGRESS),
                new Spec("connected-truck-testing", 17, ProjectKind.PUBLIC_SERVICE_PLATFORM,
                        "智能网联商用车测试验证公共服务平台", "济南市机器人与高端装备产业协会", City.JINAN, "杨帆", start, end,
                        "建成智能网联商用车封闭测试场和仿真平台，服务集群整车与零部件企业测试认证。",
                        "建设封闭测试道路、V2X通信设施和仿真测试平台。",
                        List.of(partner("中国重型汽车集团有限公司", City.JINAN, ProjectSection.BUDGET),
                                partner("山东理工大学", City.ZIBO, ProjectSection.CONTENT)),
                        List.of(line("测试场建设", FundingSource.PROVINCIAL_SUBSIDY, "800"),
                                line("济南市配套", FundingSource.CITY_FUNDS, "400"),
                                line("企业投入", FundingSource.ENTERPRISE_FUNDS, "1600")),
                        List.of(new Step("封闭测试道路建成", in.months(7), "测试场验收报告", null),
                                new Step("仿真平台上线", in.months(13), "平台测试报告", "山东理工大学")),
                        List.of(kpi("年测试服务车型", "款", "40")), Stage.CHANGE_PENDING),
                new Spec("meat-processing-upgrade", 20, ProjectKind.TRANSFORMATION_UPGRADING, "肉类加工智能化改造示范",
                        "诸城外贸有限责任公司", City.WEIFANG, "王建设", start, end,
                        "建成智能化屠宰与分割示范线，单位产品能耗下降15%，产品追溯覆盖率100%。",
                        "改造屠宰分割线，建设冷链温控与产品追溯系统。",
                        List.of(partner("得利斯集团有限公司", City.WEIFANG, ProjectSection.MILESTONES)),
                        List.of(line("示范线改造", FundingSource.PROVINCIAL_SUBSIDY, "300"),
                                line("企业投入", FundingSource.ENTERPRISE_FUNDS, "900")),
                        List.of(new Step("追溯系统上线", today.minusDays(5), "追溯系统运行报告", null),
                                new Step("示范线通过验收", in.months(9), "示范线验收报告", null)),
                        List.of(kpi("单位产品能耗下降", "%", "15"), kpi("追溯覆盖率", "%", "100")),
                        Stage.MILESTONE_OVERDUE),
                new Spec("xinchuang-adaptation-center", 13, ProjectKind.PUBLIC_SERVICE_PLATFORM, "信创产品适配验证中心",
                        "山东省信息产业协会", City.JINAN, "周静", start, end,
                        "建成信创软硬件适配验证中心，年完成适配验证500项，服务省内政企信创替代。",
                        "建设适配验证实验室和兼容性测试环境，发布适配目录。",
                        List.of(partner("浪潮电子信息产业股份有限公司", City.JINAN, ProjectSection.BUDGET),
                                partner("济南大学", City.JINAN)),
                        List.of(line("实验室建设", FundingSource.PROVINCIAL_SUBSIDY, "500"),
                                line("企业投入", FundingSource.ENTERPRISE_FUNDS, "700")),
                        List.of(new Step("适配实验室投用", in.months(3), "实验室运行报告", null),
                                new Step("发布适配目录", in.months(11), "适配目录", null)),
                        List.of(kpi("年适配验证", "项", "500")), Stage.MIDTERM),
                new Spec("hilly-farm-machinery", 6, ProjectKind.COLLABORATIVE_INNOVATION, "丘陵山区智能农机装备研发",
                        "潍柴雷沃智慧农业科技股份有限公司", City.WEIFANG, "周涛", start, end,
                        "研发适用丘陵山区的轻简化智能农机8种，填补省内空白。",
                        "开展坡地动力平台、智能导航和作业质量监测技术攻关，建设田间试验基地。",
                        List.of(partner("山东农业大学", City.TAIAN, ProjectSection.CONTENT, ProjectSection.MILESTONES),
                                partner("山东省农业机械科学研究院", City.JINAN)),
                        List.of(line("样机研制", FundingSource.PROVINCIAL_SUBSIDY, "400"),
                                line("企业投入", FundingSource.ENTERPRISE_FUNDS, "1100")),
                        List.of(new Step("坡地动力平台样机", in.months(10), "样机试验报告", "山东农业大学")),
                        List.of(kpi("研发新机型", "种", "8")), Stage.RESERVE),
                new Spec("textile-design-platform", 19, ProjectKind.PUBLIC_SERVICE_PLATFORM,
                        "纺织服装数字化设计公共服务平台", "山东省纺织服装行业协会", City.QINGDAO, "林娜", start, end,
                        "为集群中小企业提供三维数字化设计、虚拟样衣和流行趋势服务。",
                        "建设数字化设计云平台和面料数字资源库。",
                        List.of(partner("青岛即发集团股份有限公司", City.QINGDAO, ProjectSection.BUDGET)),
                        List.of(line("云平台建设", FundingSource.PROVINCIAL_SUBSIDY, "260"),
                                line("企业投入", FundingSource.ENTERPRISE_FUNDS, "340")),
                        List.of(new Step("设计云平台上线", in.months(6), "平台上线报告", null)),
                        List.of(kpi("服务企业", "家", "200")), Stage.EXITED),
                new Spec("printer-chain-matchmaking", 14, ProjectKind.PUBLIC_SERVICE_ACTIVITY,
                        "打印机及智能终端产业链供需对接与人才培训系列活动", "山东电子学会", City.WEIHAI, "曲向东", start, end,
                        "组织产业链供需对接会6场、专业技术培训12期，促成配套合作项目30项。",
                        "围绕激光打印机、专用打印机和智能终端整机企业配套需求，组织对接与培训。",
                        List.of(partner("山东新北洋信息技术股份有限公司", City.WEIHAI, ProjectSection.MILESTONES)),
                        List.of(line("活动组织", FundingSource.PROVINCIAL_SUBSIDY, "60"),
                                line("学会自筹", FundingSource.OWN_FUNDS, "20")),
                        List.of(new Step("首场供需对接会", in.months(2), "对接会纪要", null)),
                        List.of(kpi("促成合作项目", "项", "30")), Stage.DRAFT));
    }

    /** End-of-month dates some months ahead, as project plans name them. */
    private record Months(LocalDate today) {
        LocalDate months(int ahead) {
            return today.plusMonths(ahead).with(TemporalAdjusters.lastDayOfMonth());
        }
    }
}
