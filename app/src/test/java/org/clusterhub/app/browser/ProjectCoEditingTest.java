package org.clusterhub.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.browser.BrowserSupport.Browser;
import org.clusterhub.app.ui.project.detail.DraftProjects;
import org.clusterhub.project.api.BudgetLineView;
import org.clusterhub.project.api.ProjectView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Two people in two cities co-edit one draft in two real browsers: the promotion staff of the smart agricultural
 * machinery cluster (Weifang, in Chinese) and a member of Shandong University (Jinan, in English), whose
 * organization was given the aims and the budget. Both see each other in the presence bar, with the part each is
 * editing; an edit of the aims reaches the other within a second; two edits of the aims at once end in the
 * conflict dialog for the later one, who re-applies theirs; edits of different parts (content, a budget line) both
 * land without a conflict.
 */
@IntegrationTest
class ProjectCoEditingTest {

    static final Duration LIMIT = Duration.ofMillis(1000);

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    private Browser staff;
    private Browser member;
    private final long begin = System.nanoTime();

    @BeforeAll
    static void chromium() {
        BrowserSupport.assumeChromium();
    }

    @AfterEach
    void closeBrowsers() {
        if (staff != null) {
            staff.close();
        }
        if (member != null) {
            member.close();
        }
    }

    @Test
    void twoPeopleInTwoCitiesCoEditOneDraft() {
        DraftProjects drafts = new DraftProjects(context);
        DraftProjects.Draft draft = drafts.draft("智能农机共性技术服务平台（协同编辑）");
        String path = "/projects/" + draft.projectId();
        String staffName = drafts.displayName(DraftProjects.STAFF);
        String memberName = drafts.displayName(DraftProjects.PARTNER_MEMBER);
        String url = "http://localhost:" + port;
        staff = BrowserSupport.open("coedit-staff", url);
        member = BrowserSupport.open("coedit-member", url);

        staff.signIn(DraftProjects.STAFF, path);
        staff.waitUntil("the project title", () -> staff.visibleText("project-title").contains("协同编辑"));
        member.signIn(DraftProjects.PARTNER_MEMBER, path);
        member.choose("language-switch", "English");
        member.waitUntil("the English page", () -> member.visibleText("project-status").equals("Draft"));
        step("both signed in");

        // Presence: each sees both, with organization and city.
        staff.waitUntil("both in the staff's presence bar", () -> staff.visibleText("presence-bar").contains(memberName)
                && staff.visibleText("presence-bar").contains(staffName));
        member.waitUntil("both in the member's presence bar", () -> member.visibleText("presence-bar")
                .contains(staffName) && member.visibleText("presence-bar").contains(memberName));
        assertThat(staff.visibleText("presence-bar")).contains("山东大学，济南市");
        assertThat(member.visibleText("presence-bar")).contains("Jinan");
        staff.screenshot("presence");
        member.screenshot("presence");

        // 1. The member edits the aims; the staff see who is editing, then the text within a second.
        String aims = "Aims by Shandong University " + UUID.randomUUID().toString().substring(0, 8);
        typeInto(member, "aims-text", aims);
        staff.waitUntil("presence: the member edits the aims", () -> staff.visibleText("presence-bar")
                .contains("正在编辑：项目目标"));
        staff.screenshot("member-editing-aims");
        long latency = clickAndMeasure(member, "aims-save", () -> aims.equals(value(staff, "aims-text")));
        step("the staff see the member's aims after " + latency + " ms");
        System.out.printf("CO-EDITING live update: %d ms from the member's save to the staff's aims (limit %d ms)%n",
                latency, LIMIT.toMillis());
        assertThat(latency).isLessThanOrEqualTo(LIMIT.toMillis());
        staff.screenshot("aims-arrived");

        // 2. Both edit the aims at once: the staff save first, the member gets the conflict and re-applies.
        String staffAims = "促进机构修订的目标：服务企业300家";
        String memberAims = "Aims revised by SDU: open test bench for 50 enterprises";
        typeInto(staff, "aims-text", staffAims);
        typeInto(member, "aims-text", memberAims);
        click(staff, By.id("aims-save"));
        staff.waitForVaadin();
        member.waitUntil("the member's notice", () -> member.visibleText("aims-notice").contains(staffName));
        assertThat(value(member, "aims-text")).isEqualTo(memberAims);
        member.screenshot("notice");
        click(member, By.id("aims-save"));
        member.waitFor(By.id("conflict-reapply"));
        member.waitForVaadin();
        assertThat(member.visibleText("conflict-theirs")).isEqualTo(staffAims);
        assertThat(member.visibleText("conflict-mine")).isEqualTo(memberAims);
        assertThat(member.visibleText("conflict-intro")).contains(staffName);
        member.screenshot("conflict");
        click(member, By.id("conflict-reapply"));
        member.waitForVaadin();
        staff.waitUntil("the member's re-applied aims", () -> memberAims.equals(value(staff, "aims-text")));
        assertThat(drafts.current(draft.projectId()).aims()).isEqualTo(memberAims);
        step("the conflict was settled by re-applying");

        // 3. Different parts at once: the staff edit the content, the member a budget line. No conflict.
        String content = "建设内容（促进机构补充）：新增田间试验基地";
        typeInto(staff, "content-text", content);
        click(member, By.id("tab-budget"));
        click(member, By.cssSelector("#budget-grid .edit-budget-line"));
        member.waitFor(By.id("budget-amount"));
        typeInto(member, "budget-amount", "135.50");
        staff.waitUntil("presence: the member edits the budget line", () -> staff.visibleText("presence-bar")
                .contains("正在编辑：预算条目“试验检测设备购置”"));
        staff.screenshot("member-editing-line");
        member.screenshot("editing-line");
        click(staff, By.id("content-save"));
        click(member, By.id("budget-line-save"));
        staff.waitForVaadin();
        member.waitForVaadin();
        assertThat(conflictOpen(member)).isFalse();
        assertThat(conflictOpen(staff)).isFalse();
        ProjectView now = drafts.awaitReadModel(draft.projectId(), drafts.version(draft.projectId()));
        assertThat(now.content()).isEqualTo(content);
        BudgetLineView line = now.budgetLines().stream().filter(l -> l.lineId().equals(draft.equipmentLine()))
                .findFirst().orElseThrow();
        assertThat(line.amount()).isEqualByComparingTo(new BigDecimal("135.50"));
        member.waitUntil("the staff's content at the member", () -> content.equals(value(member, "content-text")));
        click(staff, By.id("tab-budget"));
        staff.waitUntil("the member's amount at the staff", () -> staff.gridCells("budget-grid").contains("135.50"));
        staff.screenshot("after");
        member.screenshot("after");
        step("different parts saved without a conflict");
    }

    /** Replaces the value of a text area or field by typing, as a person does (each key reaches the server). */
    private static void typeInto(Browser browser, String id, String text) {
        WebElement field = browser.waitFor(By.id(id));
        WebElement input = field.findElements(By.tagName("textarea")).isEmpty()
                ? field.findElement(By.tagName("input")) : field.findElement(By.tagName("textarea"));
        browser.js("arguments[0].scrollIntoView({block: 'center'});", field);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        browser.waitForVaadin();
    }

    /** Scrolls the element to the middle of the window first: the page scrolls inside the app layout. */
    private static void click(Browser browser, By by) {
        WebElement element = browser.waitFor(by);
        browser.js("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static String value(Browser browser, String id) {
        return (String) browser.js("const f = document.getElementById(arguments[0]); return f ? f.value : null;", id);
    }

    private static boolean conflictOpen(Browser browser) {
        return Boolean.TRUE.equals(browser.js("return !!document.querySelector('vaadin-dialog#conflict-dialog[opened]');"));
    }

    /** Clicks a button in one browser and answers the milliseconds until {@code arrived} holds, polled every 20 ms. */
    private long clickAndMeasure(Browser browser, String buttonId, java.util.function.Supplier<Boolean> arrived) {
        WebElement button = browser.waitFor(By.id(buttonId));
        browser.js("arguments[0].scrollIntoView({block: 'center'});", button);
        long start = System.nanoTime();
        button.click();
        long deadline = start + LIMIT.toNanos() + Duration.ofSeconds(10).toNanos();
        while (!arrived.get()) {
            if (System.nanoTime() > deadline) {
                staff.screenshot("timeout");
                member.screenshot("timeout");
                throw new AssertionError("the change never arrived");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private void step(String what) {
        System.out.printf("[coedit] %5d ms: %s%n", Duration.ofNanos(System.nanoTime() - begin).toMillis(), what);
    }
}
