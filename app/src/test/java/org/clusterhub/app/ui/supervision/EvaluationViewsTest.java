package org.clusterhub.app.ui.supervision;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.cluster.api.AddMemberOrganizationCommand;
import org.clusterhub.cluster.api.ChainPosition;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterPage;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.cluster.api.FindClustersQuery;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.infrastructure.security.ClusterHubUser;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.validation.UnifiedSocialCreditCode;
import org.clusterhub.supervision.api.*;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The evaluation screens against the real stores: the province opens a year's evaluations from the list and filters
 * it; the cluster's staff see their figures, drill down to the events behind one and submit their self-assessment;
 * the province scores and finalizes, after which only a correction is offered and everyone may read the result, while
 * an evaluation in progress stays hidden from others; the change report compares two years. Each test uses its own
 * cluster and year: there is one evaluation per cluster and year.
 */
@IntegrationTest
class EvaluationViewsTest extends KaribuViewTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ClusterId RAIL = ClusterId.forPlanCode("qingdao-rail-transit-equipment");
    static final ClusterId APPLIANCES = ClusterId.forPlanCode("qingdao-smart-home-appliances");
    final int thisYear = LocalDate.now(SHANGHAI).getYear();

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;

    @Test
    void theProvinceOpensAYearsEvaluationsFromTheListAndFiltersIt() {
        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("supervision/evaluations");
        _click(_get(Button.class, spec -> spec.withId("open-evaluations-button")));
        _get(Select.class, spec -> spec.withId("open-year")).setValue(2022);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ClusterSummary> clusters = _get(MultiSelectComboBox.class,
                spec -> spec.withId("open-clusters"));
        clusters.setValue(Set.of(summary(clusters, 1), summary(clusters, 2)));
        _click(_get(Button.class, spec -> spec.withId("open-evaluations-confirm")));
        assertThat(NotificationsKt.getNotifications().get(0).getElement().getProperty("text"))
                .isEqualTo("已发起 2 项评价；0 项此前已发起。");

        _get(Select.class, spec -> spec.withId("evaluation-year")).setValue(2022);
        Grid<EvaluationSummary> grid = grid("evaluation-grid");
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0)).startsWith("2022", "青岛轨道交通装备产业集群",
                "青岛市轨道交通装备产业协会", "待自评");
        assertThat(_get(Span.class, spec -> spec.withId("evaluation-total")).getText()).isEqualTo("共 2 项评价");
        _get(Select.class, spec -> spec.withId("evaluation-status")).setValue(EvaluationStatus.FINALIZED);
        assertThat(GridKt._size(grid)).isZero();
        _get(Select.class, spec -> spec.withId("evaluation-status")).setValue(null);

        // Opening the same again is counted, not done twice.
        _click(_get(Button.class, spec -> spec.withId("open-evaluations-button")));
        _get(Select.class, spec -> spec.withId("open-year")).setValue(2022);
        clusters = _get(MultiSelectComboBox.class, spec -> spec.withId("open-clusters"));
        clusters.setValue(Set.of(summary(clusters, 1)));
        _click(_get(Button.class, spec -> spec.withId("open-evaluations-confirm")));
        assertThat(NotificationsKt.getNotifications().get(NotificationsKt.getNotifications().size() - 1).getElement()
                .getProperty("text")).isEqualTo("已发起 0 项评价；1 项此前已发起。");

        GridKt._clickItem(grid, 0);
        assertThat(_get(H2.class, spec -> spec.withId("evaluation-title")).getText())
                .isEqualTo("青岛轨道交通装备产业集群 · 2022年度评价");
    }

    @Test
    void theClustersStaffDrillDownToTheEventsBehindAFigureAndSelfAssess() {
        String member = "青岛测试电器有限公司" + UUID.randomUUID().toString().substring(0, 4);
        send("staff02", new AddMemberOrganizationCommand(APPLIANCES, member, OrganizationKind.ENTERPRISE,
                City.QINGDAO, ChainPosition.SUPPLIER, creditCode(), null));
        OpenEvaluationCommand open = new OpenEvaluationCommand(APPLIANCES, thisYear, LocalDate.now(SHANGHAI)
                .plusDays(10));
        send("supervisor", open);
        await().atMost(Duration.ofSeconds(10)).until(() -> members(APPLIANCES) >= 1);

        openAs("staff02", Locale.ENGLISH);
        UI.getCurrent().navigate("supervision/evaluations/" + open.evaluationId());
        assertThat(_get(Span.class, spec -> spec.withId("evaluation-status-badge")).getText())
                .isEqualTo("Awaiting self-assessment");
        assertThat(_find(Button.class, spec -> spec.withId("score-evaluation"))).as("the province scores").isEmpty();
        Grid<EvaluationIndicator> indicators = grid("indicator-grid");
        Button figure = (Button) GridKt._getCellComponent(indicators, EvaluationIndicator.MEMBER_ORGANIZATIONS.ordinal(),
                "figure");
        assertThat(figure.getText()).isEqualTo(String.valueOf(members(APPLIANCES)));
        _click(figure);
        Grid<ActivityFact> facts = grid("indicator-facts-grid");
        assertThat(GridKt._size(facts)).isEqualTo((int) members(APPLIANCES));
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(facts))
                .mapToObj(row -> String.join(" | ", GridKt._getFormattedRow(facts, row))))
                .anySatisfy(row -> assertThat(row).contains(member, "Enterprise", "Member organization added"));
        _click(_get(Button.class, spec -> spec.withId("indicator-facts-close")));

        _click(_get(Button.class, spec -> spec.withId("self-assess")));
        _get(TextArea.class, spec -> spec.withId("self-MEMBER_ORGANIZATIONS")).setValue("新增配套企业成员。");
        _get(IntegerField.class, spec -> spec.withId("self-score")).setValue(120);
        _click(_get(Button.class, spec -> spec.withId("self-assessment-submit")));
        assertThat(_get(TextArea.class, spec -> spec.withId("self-overall")).isInvalid())
                .as("the overall text is required").isTrue();
        assertThat(_get(IntegerField.class, spec -> spec.withId("self-score")).isInvalid()).isTrue();
        _get(TextArea.class, spec -> spec.withId("self-overall")).setValue("全年组织对接活动，成员单位增加。");
        _get(IntegerField.class, spec -> spec.withId("self-score")).setValue(85);
        _click(_get(Button.class, spec -> spec.withId("self-assessment-submit")));
        assertThat(_get(Span.class, spec -> spec.withId("evaluation-status-badge")).getText())
                .isEqualTo("Self-assessed");
        assertThat(_get(Paragraph.class, spec -> spec.withId("evaluation-self-overall")).getText())
                .isEqualTo("全年组织对接活动，成员单位增加。　Self score: 85");
        indicators = grid("indicator-grid");
        assertThat(GridKt._getFormattedRow(indicators, EvaluationIndicator.MEMBER_ORGANIZATIONS.ordinal()))
                .contains("Member organizations (at period end)", "新增配套企业成员。");
    }

    @Test
    void theProvinceScoresAndFinalizesAndThenOnlyACorrectionIsOfferedWhileEveryoneMayReadIt() {
        ClusterId cluster = ClusterId.forPlanCode("high-end-chemical-new-materials");
        OpenEvaluationCommand open = new OpenEvaluationCommand(cluster, 2021, LocalDate.now(SHANGHAI).plusDays(5));
        send("supervisor", open);
        send("staff03", new SubmitSelfAssessmentCommand(open.evaluationId(), java.util.List.of(), "年度工作总结。", 90));
        await().atMost(Duration.ofSeconds(10)).until(() -> status(open.evaluationId()) == EvaluationStatus.SELF_ASSESSED);

        openAs("coord-jinan", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("supervision/evaluations/" + open.evaluationId());
        assertThat(_find(H2.class, spec -> spec.withId("evaluation-title"))).as("a draft is not for others").isEmpty();
        signOut();

        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("supervision/evaluations/" + open.evaluationId());
        _click(_get(Button.class, spec -> spec.withId("score-evaluation")));
        _get(IntegerField.class, spec -> spec.withId("score-ACTIVITIES_HELD")).setValue(70);
        _get(IntegerField.class, spec -> spec.withId("score-overall")).setValue(78);
        _get(TextArea.class, spec -> spec.withId("score-overall-comment")).setValue("活动组织有待加强。");
        _get(Select.class, spec -> spec.withId("score-grade")).setValue(OrganizationGrade.PASS);
        _click(_get(Button.class, spec -> spec.withId("score-submit")));
        assertThat(_get(Span.class, spec -> spec.withId("evaluation-status-badge")).getText()).isEqualTo("已评分");
        assertThat(_get(Paragraph.class, spec -> spec.withId("evaluation-scoring")).getText())
                .isEqualTo("总分 78，等级 合格　活动组织有待加强。");

        _click(_get(Button.class, spec -> spec.withId("finalize-evaluation")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("finalize-confirm")));
        assertThat(_get(Span.class, spec -> spec.withId("evaluation-status-badge")).getText()).isEqualTo("已定级发布");
        assertThat(_get(Paragraph.class, spec -> spec.withId("evaluation-result")).getText())
                .isEqualTo("等级：合格　总分：78");
        assertThat(_get(Paragraph.class, spec -> spec.withId("evaluation-figures-basis")).getText())
                .startsWith("各项指标为定级发布时");
        assertThat(_find(Button.class, spec -> spec.withId("score-evaluation"))).as("finalized is final").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("correct-evaluation"))).hasSize(1);
        EvaluationView finalized = view(open.evaluationId(), EvaluationStatus.FINALIZED);
        assertThat(finalized.result().figures()).extracting(IndicatorFigure::indicator)
                .containsExactly(EvaluationIndicator.values());
        signOut();

        openAs("coord-jinan", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("supervision/evaluations/" + open.evaluationId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("evaluation-result")).getText())
                .isEqualTo("等级：合格　总分：78");
        assertThat(_get(Paragraph.class, spec -> spec.withId("evaluation-scoring")).getText())
                .as("published with the result").contains("活动组织有待加强。");
    }

    @Test
    void theChangeReportSetsTwoYearsSideBySide() {
        openAs("staff01", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("supervision/activity-change", com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("cluster", RAIL.toString(), "beforeFrom", (thisYear - 1) + "-01-01",
                        "beforeTo", (thisYear - 1) + "-12-31", "afterFrom", thisYear + "-01-01",
                        "afterTo", thisYear + "-12-31")));
        Grid<IndicatorChange> rows = grid("change-grid");
        assertThat(GridKt._size(rows)).isGreaterThanOrEqualTo(EvaluationIndicator.values().length);
        assertThat(GridKt._getFormattedRow(rows, 0)).startsWith("项目立项");
        assertThat(_get(Paragraph.class, spec -> spec.withId("change-summary")).getText())
                .startsWith("对比期 " + (thisYear - 1) + "-01-01 至 " + (thisYear - 1) + "-12-31，本期 ");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** The cluster as the dialog lists it (the same cluster directory query). */
    private ClusterSummary summary(MultiSelectComboBox<ClusterSummary> box, int planNumber) {
        return queries.query(new FindClustersQuery(null, null, null, true, 0, 500),
                        ResponseTypes.instanceOf(ClusterPage.class)).join().items().stream()
                .filter(c -> Integer.valueOf(planNumber).equals(c.planNumber())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private long members(ClusterId cluster) {
        return queries.query(new FindOrganizationActivityQuery(cluster, EvaluationPeriod.ofYear(thisYear), null),
                        ResponseTypes.instanceOf(OrganizationActivity.class)).join()
                .figure(EvaluationIndicator.MEMBER_ORGANIZATIONS).orElseThrow().count();
    }

    private EvaluationStatus status(EvaluationId id) {
        return view(id, null).status();
    }

    private EvaluationView view(EvaluationId id, EvaluationStatus expected) {
        ClusterHubUser supervisor = (ClusterHubUser) users.loadUserByUsername("supervisor");
        EvaluationView view = queries.query(new FindEvaluationQuery(id, supervisor.actor()),
                ResponseTypes.optionalInstanceOf(EvaluationView.class)).join().orElseThrow();
        if (expected != null) {
            assertThat(view.status()).isEqualTo(expected);
        }
        return view;
    }

    private void send(String username, Object command) {
        ClusterHubUser user = (ClusterHubUser) users.loadUserByUsername(username);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(ActorMetaData.of(user.actor())), 10, TimeUnit.SECONDS);
    }

    private static String creditCode() {
        String digits = String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000L));
        String first17 = "91370200" + digits + "0";
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }
}
