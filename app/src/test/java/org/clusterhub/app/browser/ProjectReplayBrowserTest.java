package org.clusterhub.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.browser.BrowserSupport.Browser;
import org.clusterhub.app.ui.project.library.ProjectTestCommands;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ReviseBudgetLineCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A supervisor steps through a project's replay in a real browser (issue 7): from the project's page to its replay,
 * then the screen is checked at three points (the last event, the first, and the budget line's first amount reached
 * with the step buttons), with the comparison against the marked end.
 */
@IntegrationTest
class ProjectReplayBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    UserDetailsService users;

    private Browser browser;

    @BeforeAll
    static void chromium() {
        BrowserSupport.assumeChromium();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aSupervisorStepsAProjectsReplayAndSeesItAsItWasAtEachPoint() {
        ProjectTestCommands projects = new ProjectTestCommands(commands, queries, users);
        String title = ProjectTestCommands.marker("浏览器回放") + " 石油装备检测平台";
        ProjectId id = projects.draft("staff16", ProjectKind.PUBLIC_SERVICE_PLATFORM, title);
        projects.complete("staff16", id, new BigDecimal("300.00"));
        projects.send("staff16", new ReviseBudgetLineCommand(id, "line-1", "检测设备购置",
                FundingSource.PROVINCIAL_SUBSIDY, new BigDecimal("360.00"), null));
        projects.submit("staff16", id);
        projects.awaitProject(id, 8);

        browser = BrowserSupport.open("project-replay", "http://localhost:" + port);
        browser.signIn("supervisor", "/projects/" + id);
        browser.waitFor(By.id("project-replay")).click();
        browser.waitUntil("the replay", () -> browser.route().equals("/supervision/replay/" + id));
        browser.waitForVaadin();

        // Point 1: after the last event, submitted with 360.
        browser.waitUntil("the last point", () -> browser.visibleText("replay-position").startsWith("第 8 条事件之后"));
        assertThat(browser.visibleText("replay-heading")).contains(title);
        assertThat(browser.visibleText("replay-sheet")).contains("已申报（待市级初审）").contains("360");
        assertThat(browser.gridSize("replay-timeline")).isEqualTo(9);
        browser.screenshot("point-8");

        // Point 2: the first event, a bare draft; the end is marked for comparison.
        browser.waitFor(By.id("replay-mark")).click();
        browser.waitForVaadin();
        browser.waitFor(By.id("replay-first")).click();
        browser.waitUntil("the first point", () -> browser.visibleText("replay-position").startsWith("第 0 条事件之后"));
        assertThat(browser.visibleText("replay-sheet")).contains("草稿").doesNotContain("360");
        assertThat(browser.visibleText("replay-comparing")).startsWith("第 8 条与第 0 条事件之后相比");
        browser.screenshot("point-0");

        // Point 3: four steps on, the budget line as first entered (300); the end had 360.
        for (int i = 0; i < 4; i++) {
            browser.waitFor(By.id("replay-next")).click();
            browser.waitForVaadin();
        }
        browser.waitUntil("point 4", () -> browser.visibleText("replay-position").startsWith("第 4 条事件之后"));
        assertThat(browser.visibleText("replay-sheet")).contains("300").contains("草稿");
        assertThat(browser.gridCells("replay-differences")).contains("budgetLines[line-1].amount", "360.00", "300.00");
        browser.screenshot("point-4");
    }
}
