package org.clusterhub.app.ui.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterhub.app.ui.project.library.ProjectTestCommands.marker;
import static org.clusterhub.app.ui.project.library.ProjectTestCommands.open;
import static org.clusterhub.app.ui.project.library.ProjectTestCommands.text;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.app.ui.project.library.ProjectTestCommands;
import org.clusterhub.dashboard.api.ProvinceDashboard.CityFigures;
import org.clusterhub.dashboard.api.ProvinceDashboard.ClusterFigures;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectSummary;
import org.clusterhub.shared.City;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The province dashboard (targets, figures linking to their filtered lists) and the library's day control. */
@IntegrationTest
class ProvinceDashboardViewTest extends KaribuViewTest {

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
    void showsTheTargetsAndEveryFigureLinksToItsFilteredList() {
        String mark = marker("总览");
        projects.draft("staff10", ProjectKind.PUBLIC_ENTITY, mark + " 铝材检测平台");
        projects.awaitLibrary("supervisor", text(mark), 1);

        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        open("dashboard");
        Anchor national = _get(Anchor.class, spec -> spec.withId("target-national-clusters"));
        assertThat(national.getText()).matches("\\d+ / 6");
        assertThat(national.getHref()).isEqualTo("clusters?level=NATIONAL");
        assertThat(_get(Anchor.class, spec -> spec.withId("target-leading-clusters")).getText()).matches("\\d+ / 10");
        assertThat(_get(Anchor.class, spec -> spec.withId("target-leading-clusters")).getHref())
                .contains("leading=true");
        assertThat(_get(Anchor.class, spec -> spec.withId("target-national-zones")).getText()).matches("\\d+ / 3");
        assertThat(_get(Span.class, spec -> spec.withId("dashboard-computed")).getText()).startsWith("实时");

        Grid<ClusterFigures> clusters = _get(Grid.class, spec -> spec.withId("cluster-figures"));
        int binzhou = GridKt._findAll(clusters).stream().map(ClusterFigures::nameZh).toList()
                .indexOf("滨州轻量化铝新材料产业集群");
        ClusterFigures row = GridKt._get(clusters, binzhou);
        assertThat(row.projects()).isPositive();
        assertThat(row.projectsByStatus().get(org.clusterhub.project.api.ProjectStatus.DRAFT)).isPositive();
        Anchor projectsLink = (Anchor) GridKt._getCellComponent(clusters, binzhou, "projects");
        assertThat(projectsLink.getText()).isEqualTo(Long.toString(row.projects()));
        assertThat(projectsLink.getHref()).isEqualTo("projects?cluster=" + row.clusterId());
        Anchor inProgress = (Anchor) GridKt._getCellComponent(clusters, binzhou, "IN_PROGRESS");
        assertThat(inProgress.getHref()).isEqualTo("projects?cluster=" + row.clusterId() + "&status=IN_PROGRESS");
        assertThat(((Anchor) GridKt._getCellComponent(clusters, binzhou, "consortia")).getHref())
                .isEqualTo("consortia?cluster=" + row.clusterId());

        // The figure is the count of the list it links to.
        open(projectsLink.getHref());
        Grid<ProjectSummary> library = _get(Grid.class, spec -> spec.withId("project-grid"));
        assertThat((long) GridKt._size(library)).isEqualTo(row.projects());
        signOut();

        openAs("supervisor", Locale.ENGLISH);
        open("dashboard");
        Grid<CityFigures> cities = _get(Grid.class, spec -> spec.withId("city-figures"));
        assertThat(GridKt._size(cities)).isEqualTo(16);
        int binzhouCity = GridKt._findAll(cities).stream().map(CityFigures::city).toList().indexOf(City.BINZHOU);
        assertThat(((Anchor) GridKt._getCellComponent(cities, binzhouCity, "projects")).getHref())
                .isEqualTo("projects?city=BINZHOU");
        assertThat(_get(Span.class, spec -> spec.withId("dashboard-computed")).getText()).startsWith("Live");
        signOut();

        // Only supervisors see the dashboard.
        openAs("staff10", Locale.SIMPLIFIED_CHINESE);
        open("dashboard");
        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-refused")).getText()).contains("监管");
        assertThat(_find(Grid.class, spec -> spec.withId("cluster-figures"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLibraryShowsAPastDayRebuiltFromEventsAndGoesBackToLive() {
        String mark = marker("日终");
        projects.draft("staff10", ProjectKind.PUBLIC_ENTITY, mark + " 今日起草的项目");
        projects.awaitLibrary("supervisor", text(mark), 1);

        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        open("projects?q=" + mark);
        Grid<ProjectSummary> grid = _get(Grid.class, spec -> spec.withId("project-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        // Karibu finds visible components only: no banner while live.
        assertThat(_find(HorizontalLayout.class, spec -> spec.withId("as-of-banner"))).isEmpty();

        // Yesterday, the project drafted today did not exist yet.
        LocalDate yesterday = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1);
        _get(DatePicker.class, spec -> spec.withId("as-of-day")).setValue(yesterday);
        awaitRebuilt();
        assertThat(GridKt._size(grid)).isZero();
        assertThat(_find(HorizontalLayout.class, spec -> spec.withId("as-of-banner"))).hasSize(1);
        assertThat(_get(Span.class, spec -> spec.withId("as-of-banner-text")).getText())
                .contains(yesterday.toString(), "日终");
        assertThat(_get(Span.class, spec -> spec.withId("total-count")).getText()).isEqualTo("共 0 个项目");

        _get(Button.class, spec -> spec.withId("as-of-live")).click();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(_find(HorizontalLayout.class, spec -> spec.withId("as-of-banner"))).isEmpty();

        // The day is in the URL: a shared link opens the past library.
        open("projects?q=" + mark + "&asOf=" + yesterday);
        awaitRebuilt();
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("project-grid")))).isZero();
        signOut();

        // Only supervisors have the control.
        openAs("staff10", Locale.SIMPLIFIED_CHINESE);
        open("projects?q=" + mark + "&asOf=" + yesterday);
        assertThat(_find(DatePicker.class, spec -> spec.withId("as-of-day"))).isEmpty();
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("project-grid")))).isEqualTo(1);
    }

    /**
     * The rebuild runs off the UI thread; its result arrives through {@code UI.access}, which the mocked browser runs on
     * a round trip. Polled in the test's own thread: the mocked session is bound to it.
     */
    private static void awaitRebuilt() {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            MockVaadin.clientRoundtrip();
            if (_find(ProgressBar.class, spec -> spec.withId("as-of-progress")).isEmpty()) {
                return;
            }
            assertThat(System.nanoTime()).as("rebuilt within 60 s").isLessThan(until);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
