package org.clusterhub.app.ui.project.replay;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.app.ui.project.library.ProjectTestCommands;
import org.clusterhub.project.api.BudgetLineView;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ReviseBudgetLineCommand;
import org.clusterhub.supervision.api.ReplayComparison.ReplayChange;
import org.clusterhub.supervision.api.ReplayEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stepping through a project's past from its first address, which now opens the replay of any aggregate (ADR 017): the
 * state at each point, the comparison, the filters, and who may look.
 */
@IntegrationTest
class ProjectReplayViewTest extends KaribuViewTest {

    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queryGateway;
    ProjectTestCommands projects;

    @BeforeEach
    void commands() {
        projects = new ProjectTestCommands(commandGateway, queryGateway, users);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSupervisorStepsToAnyPointAndComparesTwo() {
        ProjectId id = projects.draft("staff16", ProjectKind.PUBLIC_SERVICE_PLATFORM,
                ProjectTestCommands.marker("回放") + " 石油装备检测中心");
        projects.complete("staff16", id, new BigDecimal("300.00"));
        projects.send("staff16", new ReviseBudgetLineCommand(id, "line-1", "检测设备购置",
                FundingSource.PROVINCIAL_SUBSIDY, new BigDecimal("360.00"), null));
        projects.submit("staff16", id);
        projects.awaitProject(id, 8);

        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("projects/" + id + "/replay");
        assertThat(_get(Span.class, spec -> spec.withId("replay-position")).getText()).startsWith("第 8 条事件之后");
        assertThat(_get(Span.class, spec -> spec.withId("project-status")).getText()).isEqualTo("已申报（待市级初审）");
        Grid<BudgetLineView> budget = _get(Grid.class, spec -> spec.withId("replay-budget"));
        assertThat(GridKt._get(budget, 0).amount()).isEqualByComparingTo("360.00");

        _click(_get(Button.class, spec -> spec.withId("replay-mark")));
        _click(_get(Button.class, spec -> spec.withId("replay-first")));
        assertThat(_get(Span.class, spec -> spec.withId("project-status")).getText()).isEqualTo("草稿");
        assertThat(GridKt._size(budget)).isZero();
        Grid<ReplayChange> differences = _get(Grid.class, spec -> spec.withId("replay-differences"));
        assertThat(GridKt._findAll(differences)).extracting(ReplayChange::path)
                .contains("status", "aims", "budgetLines[line-1].amount");

        // Step forward to the budget line: 300 then; the mark (the end) had 360.
        for (int i = 0; i < 4; i++) {
            _click(_get(Button.class, spec -> spec.withId("replay-next")));
        }
        assertThat(GridKt._get(budget, 0).amount()).isEqualByComparingTo("300.00");
        assertThat(GridKt._findAll(differences)).contains(
                new ReplayChange("budgetLines[line-1].amount", "360.00", "300.00"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("replay-comparing")).getText())
                .startsWith("第 8 条与第 4 条事件之后相比");

        Grid<ReplayEntry> timeline = _get(Grid.class, spec -> spec.withId("replay-timeline"));
        assertThat(GridKt._size(timeline)).isEqualTo(9);
        Select<String> kind = _get(Select.class, spec -> spec.withId("replay-filter-kind"));
        kind.setValue("BudgetLineRevisedEvent");
        assertThat(GridKt._size(timeline)).isOne();
    }

    @Test
    void staffOfAnotherClusterAreNotShownTheReplay() {
        ProjectId id = projects.draft("staff16", ProjectKind.PUBLIC_SERVICE_PLATFORM,
                ProjectTestCommands.marker("回放") + " 不可见");
        projects.awaitProject(id, 1);
        openAs("staff01", Locale.ENGLISH);
        UI.getCurrent().navigate("projects/" + id + "/replay");
        assertThat(_get(Paragraph.class, spec -> spec.withId("replay-not-found")).getText()).startsWith("Nothing found");
        openAs("staff16", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("projects/" + id + "/replay");
        assertThat(_get(Grid.class, spec -> spec.withId("replay-timeline"))).isNotNull();
    }
}
