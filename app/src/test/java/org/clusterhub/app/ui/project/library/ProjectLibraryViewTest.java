package org.clusterhub.app.ui.project.library;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.clusterhub.app.ui.project.library.ProjectTestCommands.marker;
import static org.clusterhub.app.ui.project.library.ProjectTestCommands.open;
import static org.clusterhub.app.ui.project.library.ProjectTestCommands.text;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.project.api.ProjectFilter;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectPage;
import org.clusterhub.project.api.ProjectScope;
import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.project.api.ProjectSummary;
import org.clusterhub.project.api.ProjectTotals;
import org.clusterhub.shared.City;
import org.clusterhub.ui.project.library.ProjectLibraryNavigation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ProjectLibraryViewTest extends KaribuViewTest {

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
    void filtersGoToTheServerAndStaffNeverSeeAnotherClustersProjects() {
        String mark = marker("滨州库");
        projects.draft("staff10", ProjectKind.PUBLIC_ENTITY, mark + " 铝材检测平台");
        projects.draft("staff10", ProjectKind.PUBLIC_ENTITY, mark + " 铝材公共仓储");
        projects.draft("staff10", ProjectKind.CHAIN_BUILDING, mark + " 铝产业链补链");
        projects.draft("staff16", ProjectKind.PUBLIC_ENTITY, mark + " 石油装备检测");
        projects.awaitLibrary("supervisor", text(mark), 4);

        openAs("staff10", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("projects");
        Grid<ProjectSummary> grid = _get(Grid.class, spec -> spec.withId("project-grid"));
        // The cluster filter shows the staff member's one cluster and cannot be changed.
        ComboBox<ClusterSummary> cluster = _get(ComboBox.class, spec -> spec.withId("library-cluster"));
        assertThat(cluster.isReadOnly()).isTrue();
        assertThat(cluster.getValue().nameZh()).isEqualTo("滨州轻量化铝新材料产业集群");

        _get(TextField.class, spec -> spec.withId("library-search")).setValue(mark);
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._findAll(grid)).allMatch(p -> p.clusterName().equals("滨州轻量化铝新材料产业集群"));
        assertThat(_get(Span.class, spec -> spec.withId("total-count")).getText()).isEqualTo("共 3 个项目");
        assertThat(GridKt._getFormattedRow(grid, 0).toString()).contains("草稿", "未入库", "滨州市");

        ((Select<ProjectKind>) _get(Select.class, spec -> spec.withId("library-kind")))
                .setValue(ProjectKind.PUBLIC_ENTITY);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._findAll(grid)).allMatch(p -> p.kind() == ProjectKind.PUBLIC_ENTITY);
        ((Select<ProjectStatus>) _get(Select.class, spec -> spec.withId("library-status")))
                .setValue(ProjectStatus.IN_PROGRESS);
        assertThat(GridKt._size(grid)).isZero();
        ((Select<ProjectStatus>) _get(Select.class, spec -> spec.withId("library-status"))).setValue(null);
        _get(Checkbox.class, spec -> spec.withId("library-overdue")).setValue(true);
        assertThat(GridKt._size(grid)).isZero();
        signOut();

        // The supervisor sees every cluster; another cluster's staff only their own.
        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        open("projects?q=" + mark);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("project-grid")))).isEqualTo(4);
        assertThat(_get(Span.class, spec -> spec.withId("library-scope")).getText()).contains("全省");
        signOut();
        openAs("staff16", Locale.SIMPLIFIED_CHINESE);
        open("projects?q=" + mark);
        Grid<ProjectSummary> other = _get(Grid.class, spec -> spec.withId("project-grid"));
        assertThat(GridKt._size(other)).isEqualTo(1);
        assertThat(GridKt._get(other, 0).title()).contains("石油装备检测");
        signOut();
        // Coordinators see the projects centered in their city: Binzhou's, not Dongying's.
        openAs("coord-binzhou", Locale.SIMPLIFIED_CHINESE);
        open("projects?q=" + mark);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("project-grid")))).isEqualTo(3);
        ComboBox<City> city = _get(ComboBox.class, spec -> spec.withId("library-city"));
        assertThat(city.getValue()).isEqualTo(City.BINZHOU);
        assertThat(city.isReadOnly()).isTrue();
    }

    @Test
    void membersSeeOnlyTheProjectsTheirOrganizationTakesPartIn() {
        String mark = marker("潍柴库");
        projects.draft("staff11", ProjectKind.COLLABORATIVE_INNOVATION, mark + " 氢燃料发动机", "潍柴动力股份有限公司");
        projects.draft("staff11", ProjectKind.PUBLIC_SERVICE_PLATFORM, mark + " 动力装备检测平台");
        projects.awaitLibrary("supervisor", text(mark), 2);

        openAs("member-weichai", Locale.SIMPLIFIED_CHINESE);
        open("projects?q=" + mark);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("project-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(_get(Span.class, spec -> spec.withId("library-scope")).getText()).contains("潍柴动力股份有限公司");
        signOut();
        openAs("member-sdu", Locale.SIMPLIFIED_CHINESE);
        open("projects?q=" + mark);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("project-grid")))).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void pagesOnTheServerSortsAndKeepsFilterAndSortInTheUrl() {
        String mark = marker("分页");
        IntStream.rangeClosed(1, 57).forEach(i -> projects.draft("staff10", i % 2 == 0 ? ProjectKind.PUBLIC_ENTITY
                : ProjectKind.CAPACITY_BUILDING, mark + String.format(" 项目%03d", i)));
        projects.awaitLibrary("staff10", text(mark), 57);

        openAs("staff10", Locale.SIMPLIFIED_CHINESE);
        open("projects?q=" + mark + "&sort=TITLE&desc=false");
        Grid<ProjectSummary> grid = _get(Grid.class, spec -> spec.withId("project-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(57);
        // Rows beyond the grid's first page of 50 come from a later FindProjectsQuery page.
        assertThat(GridKt._get(grid, 0).title()).endsWith("项目001");
        assertThat(GridKt._get(grid, 55).title()).endsWith("项目056");
        assertThat(_get(TextField.class, spec -> spec.withId("library-search")).getValue()).isEqualTo(mark);
        signOut();

        // Descending, and a kind: both read from the URL.
        openAs("staff10", Locale.SIMPLIFIED_CHINESE);
        open("projects?q=" + mark + "&kind=PUBLIC_ENTITY&sort=TITLE&desc=true");
        grid = _get(Grid.class, spec -> spec.withId("project-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(28);
        assertThat(GridKt._get(grid, 0).title()).endsWith("项目056");
        assertThat(((Select<ProjectKind>) _get(Select.class, spec -> spec.withId("library-kind"))).getValue())
                .isEqualTo(ProjectKind.PUBLIC_ENTITY);
        signOut();

        // Links others build (e.g. from a cluster page) open the library filtered the same way.
        ProjectFilter filter = new ProjectFilter(ClusterId.forPlanCode("binzhou-lightweight-aluminum-new-materials"),
                ProjectKind.CAPACITY_BUILDING, null, ProjectStatus.DRAFT, City.BINZHOU, null, new BigDecimal("0"),
                new BigDecimal("1000.5"), false, mark);
        String location = ProjectLibraryNavigation.location(filter);
        assertThat(location).startsWith("projects?").contains("kind=CAPACITY_BUILDING", "status=DRAFT",
                "city=BINZHOU", "max=1000.5");
        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        open(location);
        assertThat(((ComboBox<ClusterSummary>) _get(ComboBox.class, spec -> spec.withId("library-cluster")))
                .getValue().clusterId()).isEqualTo(filter.clusterId());
        assertThat(((ComboBox<City>) _get(ComboBox.class, spec -> spec.withId("library-city"))).getValue())
                .isEqualTo(City.BINZHOU);
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("library-max-funding")).getValue())
                .isEqualByComparingTo("1000.5");
        // Drafts count with their requested budget, which is still zero: a minimum of 0 keeps them all.
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("project-grid")))).isEqualTo(29);
    }

    @Test
    void theTotalsBarShowsTheServersSumsForTheWholeFilter() {
        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("projects");
        ProjectPage all = projects.library(ProjectScope.of(projects.actor("supervisor")), ProjectFilter.none(), 0, 1);
        ProjectTotals totals = all.totals();
        assertThat(_get(Span.class, spec -> spec.withId("total-count")).getText())
                .isEqualTo("共 " + String.format(Locale.ROOT, "%,d", totals.count()) + " 个项目");
        assertThat(_get(Span.class, spec -> spec.withId("total-approved")).getText())
                .isEqualTo("批复预算 " + String.format(Locale.ROOT, "%,.2f", totals.approvedBudget()) + " 万元");
        assertThat(_get(Span.class, spec -> spec.withId("total-subsidy")).getText())
                .isEqualTo("省级奖补 " + String.format(Locale.ROOT, "%,.2f", totals.provincialSubsidy()) + " 万元");
        assertThat(_get(Span.class, spec -> spec.withId("total-spent")).getText())
                .isEqualTo("已支出 " + String.format(Locale.ROOT, "%,.2f", totals.spent()) + " 万元");
    }

    @Test
    void followsNewProjectsLive() {
        String mark = marker("实时");
        openAs("staff10", Locale.SIMPLIFIED_CHINESE);
        open("projects?q=" + mark);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("project-grid"));
        assertThat(GridKt._size(grid)).isZero();

        ProjectId id = projects.draft("staff10", ProjectKind.PUBLIC_ENTITY, mark + " 新增项目");
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).pollInSameThread()
                .untilAsserted(() -> {
                    MockVaadin.runUIQueue();
                    assertThat(GridKt._size(grid)).isEqualTo(1);
                });
        assertThat(((ProjectSummary) GridKt._get(grid, 0)).projectId()).isEqualTo(id);
        assertThat(_find(Span.class, spec -> spec.withId("total-count")).get(0).getText()).isEqualTo("共 1 个项目");
    }

    @Test
    void aRowOpensItsProject() {
        String mark = marker("打开");
        ProjectId id = projects.draft("staff10", ProjectKind.PUBLIC_ENTITY, mark + " 打开项目");
        projects.awaitLibrary("staff10", text(mark), 1);
        openAs("staff10", Locale.SIMPLIFIED_CHINESE);
        open("projects?q=" + mark);
        Grid<ProjectSummary> grid = _get(Grid.class, spec -> spec.withId("project-grid"));
        GridKt._clickItem(grid, 0);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("projects/" + id);
    }
}
