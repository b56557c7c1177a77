package org.clusterhub.app.ui.work;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.app.ui.project.library.ProjectTestCommands;
import org.clusterhub.project.api.FindWorkItemsQuery;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.RecommendProjectCommand;
import org.clusterhub.project.api.ReturnProjectCommand;
import org.clusterhub.project.api.WorkItem;
import org.clusterhub.project.api.WorkKind;
import org.clusterhub.project.api.WorkQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each person's queue after real commands: the item of the step they must take, gone once it is taken. */
@IntegrationTest
class MyWorkViewTest extends KaribuViewTest {

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
    void aSubmittedProjectWaitsForItsCityAndLeavesTheQueueWhenRecommended() {
        ProjectId id = submittedProject("待审");
        awaitQueue("coord-dongying", id, WorkKind.CITY_REVIEW);

        openAs("coord-dongying", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("my-work");
        Grid<WorkItem> grid = _get(Grid.class, spec -> spec.withId("work-grid"));
        awaitItem(grid, id, WorkKind.CITY_REVIEW, true);
        int row = rowOf(grid, id);
        assertThat(GridKt._getFormattedRow(grid, row).toString()).contains("市级初审");
        // The menu counts the same items.
        assertThat(badge().getText())
                .isEqualTo(Integer.toString(GridKt._size(grid)));
        // Another city's coordinator has nothing to do for it.
        signOut();
        openAs("coord-binzhou", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("my-work");
        assertThat(items()).noneMatch(item -> item.projectId().equals(id));
        signOut();

        // While the coordinator's queue is open, the recommendation takes the item away and the province gets one.
        openAs("coord-dongying", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("my-work");
        Grid<WorkItem> open = _get(Grid.class, spec -> spec.withId("work-grid"));
        projects.send("coord-dongying", new RecommendProjectCommand(id, "符合申报条件，同意推荐。"));
        awaitItem(open, id, WorkKind.CITY_REVIEW, false);
        signOut();

        awaitQueue("supervisor", id, WorkKind.DRAW_EXPERTS);
        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("my-work");
        awaitItem(_get(Grid.class, spec -> spec.withId("work-grid")), id, WorkKind.DRAW_EXPERTS, true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReturnedProjectGoesBackToItsClustersStaffAndARowOpensIt() {
        ProjectId id = submittedProject("退回");
        projects.send("coord-dongying", new ReturnProjectCommand(id, "请补充预算明细。"));
        awaitQueue("staff16", id, WorkKind.REVISE);

        // Staff of another cluster have no part in it.
        openAs("staff10", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("my-work");
        assertThat(items()).noneMatch(item -> item.projectId().equals(id));
        signOut();

        openAs("staff16", Locale.ENGLISH);
        UI.getCurrent().navigate("my-work");
        Grid<WorkItem> grid = _get(Grid.class, spec -> spec.withId("work-grid"));
        awaitItem(grid, id, WorkKind.REVISE, true);
        assertThat(GridKt._getFormattedRow(grid, rowOf(grid, id)).toString()).contains("Revise and resubmit");
        GridKt._clickItem(grid, rowOf(grid, id));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("projects/" + id);
        // A returned project is revised with the reviewers' comments at hand: the review tab opens.
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters()
                .getSingleParameter("tab")).contains("review");
        assertThat(_get(TabSheet.class, spec -> spec.withId("project-tabs")).getSelectedTab().getId())
                .contains("tab-review");
    }

    @Test
    void theMenuBadgeCountsTheItemsAndAnEmptyQueueSaysSo() {
        // Contexts are shared with other tests: this member's queue is most likely empty, but need not be.
        openAs("member-sdiit", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("my-work");
        Span badge = badge();
        if (items().isEmpty()) {
            assertThat(_get(Paragraph.class, spec -> spec.withId("work-empty")).getText()).isEqualTo("暂无待办事项。");
            assertThat(badge.isVisible()).isFalse();
        } else {
            assertThat(badge.getText()).isEqualTo(Integer.toString(items().size()));
        }
    }

    /** A complete project of cluster 16 (东营高端石油装备), submitted for Dongying's first review. */
    private ProjectId submittedProject(String prefix) {
        String title = ProjectTestCommands.marker(prefix) + " 石油装备公共检测中心";
        ProjectId id = projects.draft("staff16", ProjectKind.PUBLIC_SERVICE_PLATFORM, title);
        projects.complete("staff16", id, new BigDecimal("300.00"));
        projects.submit("staff16", id);
        return id;
    }

    /** Waits until the work read model has the item, so that the screen opened next shows it. */
    private void awaitQueue(String username, ProjectId id, WorkKind kind) {
        FindWorkItemsQuery query = new FindWorkItemsQuery(projects.actor(username));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> queryGateway
                .query(query, ResponseTypes.instanceOf(WorkQueue.class)).join().items().stream()
                .anyMatch(item -> item.projectId().equals(id) && item.kind() == kind));
    }

    @SuppressWarnings("unchecked")
    private static List<WorkItem> items() {
        List<Grid> grids = _find(Grid.class, spec -> spec.withId("work-grid"));
        // An empty queue hides the grid (and Karibu finds only visible components).
        return grids.isEmpty() ? List.of() : GridKt._findAll((Grid<WorkItem>) grids.get(0));
    }

    /** The menu entry's count; hidden when there is nothing to do. */
    private static Span badge() {
        return (Span) _get(SideNavItem.class, spec -> spec.withId("nav-my-work")).getSuffixComponent();
    }

    private static int rowOf(Grid<WorkItem> grid, ProjectId id) {
        List<WorkItem> all = GridKt._findAll(grid);
        for (int row = 0; row < all.size(); row++) {
            if (all.get(row).projectId().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("no work item for " + id);
    }

    /** The queue follows the store live: wait for the change to reach the screen. */
    private static void awaitItem(Grid<WorkItem> grid, ProjectId id, WorkKind kind, boolean present) {
        await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(100)).pollInSameThread()
                .untilAsserted(() -> {
                    MockVaadin.runUIQueue();
                    boolean found = GridKt._findAll(grid).stream()
                            .anyMatch(item -> item.projectId().equals(id) && item.kind() == kind);
                    assertThat(found).as(kind + " for " + id).isEqualTo(present);
                });
    }
}
