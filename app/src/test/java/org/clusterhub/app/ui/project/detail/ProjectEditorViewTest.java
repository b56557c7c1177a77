package org.clusterhub.app.ui.project.detail;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.project.api.AttachmentView;
import org.clusterhub.project.api.BudgetLineView;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectSectionRevisedEvent;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.project.api.ReviseBudgetLineCommand;
import org.clusterhub.project.api.ReviseProjectSectionCommand;
import org.clusterhub.project.api.FundingSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The project editor against the real stores: what it shows to whom, who may edit which part, that a save is an
 * edit against the version its author saw, that two edits racing on one part end in the conflict dialog (and
 * nowhere else), that different parts never conflict, and that others' changes refresh parts nobody is typing in.
 */
@IntegrationTest
class ProjectEditorViewTest extends KaribuViewTest {

    @Autowired
    EventStore eventStore;

    private DraftProjects drafts;
    private DraftProjects.Draft draft;

    @BeforeEach
    void draftAProject() {
        drafts = new DraftProjects(context);
        draft = drafts.draft("智能农机共性技术服务平台" + UUID.randomUUID().toString().substring(0, 6));
    }

    @Test
    void staffOfTheClusterSeeTheDraftWithEveryPartEditable() {
        openAs(DraftProjects.STAFF, Locale.SIMPLIFIED_CHINESE);
        open();
        ProjectView project = drafts.current(draft.projectId());
        assertThat(_get(H2.class, spec -> spec.withId("project-title")).getText()).isEqualTo(project.title());
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith(project.title());
        assertThat(_get(Span.class, spec -> spec.withId("project-status")).getText()).isEqualTo("草稿");
        assertThat(_get(Span.class, spec -> spec.withId("project-library")).getText()).isEqualTo("未入库");
        assertThat(_get(Span.class, spec -> spec.withId("field-city")).getText()).isEqualTo("潍坊市");
        assertThat(_get(Span.class, spec -> spec.withId("field-lead")).getText()).isEqualTo(DraftProjects.LEAD);
        assertThat(_get(Span.class, spec -> spec.withId("field-years")).getText()).isEqualTo("2026—2027年");
        assertThat(_get(Span.class, spec -> spec.withId("field-requested")).getText()).isEqualTo("150.00 万元");
        assertHidden("read-only-hint");

        assertThat(aims().getValue()).isEqualTo("建成覆盖全省的智能农机共性技术服务平台。");
        assertThat(aims().isReadOnly()).isFalse();
        assertThat(_get(TextArea.class, spec -> spec.withId("content-text")).isReadOnly()).isFalse();
        assertThat(_get(TextField.class, spec -> spec.withId("overview-title")).isReadOnly()).isFalse();
        selectTab("tab-participants");
        assertThat(_get(Button.class, spec -> spec.withId("add-participant")).isVisible()).isTrue();
        assertThat(GridKt._size(grid("participant-grid"))).isEqualTo(2);
        selectTab("tab-budget");
        assertThat(_get(Button.class, spec -> spec.withId("add-budget-line")).isVisible()).isTrue();
        assertThat(GridKt._getFormattedRow(grid("budget-grid"), 0)).startsWith("试验检测设备购置", "省级奖补资金", "120.00");
        selectTab("tab-milestones");
        assertThat(_get(Button.class, spec -> spec.withId("add-milestone")).isVisible()).isTrue();
        selectTab("tab-indicators");
        assertThat(GridKt._getFormattedRow(grid("indicator-grid"), 0)).startsWith("服务企业数量", "200", "家");

        // Presence: the person sees themselves among those who have the project open.
        awaitUi(() -> assertThat(presenceText()).contains(drafts.displayName(DraftProjects.STAFF) + "（我）"));
    }

    @Test
    void aPartnerEditsOnlyTheSectionsItWasGiven() {
        openAs(DraftProjects.PARTNER_MEMBER, Locale.SIMPLIFIED_CHINESE);
        open();
        assertThat(_get(Span.class, spec -> spec.withId("read-only-hint")).getText())
                .isEqualTo("您的单位可编辑：项目目标、预算。");
        assertThat(aims().isReadOnly()).isFalse();
        assertThat(_get(TextArea.class, spec -> spec.withId("content-text")).isReadOnly()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("content-hint")).isVisible()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("overview-title")).isReadOnly()).isTrue();
        selectTab("tab-participants");
        assertHidden("add-participant");
        selectTab("tab-budget");
        assertThat(_get(Button.class, spec -> spec.withId("add-budget-line")).isVisible()).isTrue();
        selectTab("tab-milestones");
        assertHidden("add-milestone");
        assertThat(_get(Span.class, spec -> spec.withId("milestone-hint")).getText())
                .isEqualTo("此部分未分配给您的单位，只读。");
        selectTab("tab-documents");
        assertThat(_get(com.vaadin.flow.component.upload.Upload.class, spec -> spec.withId("document-upload"))
                .isVisible()).isTrue();
    }

    @Test
    void othersReadOnlyOrNotAtAll() {
        // A supervisor reads everything and edits nothing.
        openAs("supervisor", Locale.SIMPLIFIED_CHINESE);
        open();
        assertThat(_get(Span.class, spec -> spec.withId("read-only-hint")).getText()).startsWith("您可以查看本项目");
        assertThat(aims().isReadOnly()).isTrue();
        assertHidden("aims-save");
        signOut();

        // Staff of another cluster and a member of an organization that does not take part: not in their scope.
        for (String outsider : List.of("staff01", "member-platform")) {
            openAs(outsider, Locale.SIMPLIFIED_CHINESE);
            open();
            assertThat(_get(Paragraph.class, spec -> spec.withId("project-not-found")).getText())
                    .isEqualTo("项目不存在，或链接有误。");
            assertThat(_find(TextArea.class)).isEmpty();
            signOut();
        }
    }

    @Test
    void savingTheAimsSendsAnEditAgainstTheLoadedVersion() {
        openAs(DraftProjects.PARTNER_MEMBER, Locale.SIMPLIFIED_CHINESE);
        open();
        long before = drafts.version(draft.projectId());
        String text = "建成覆盖全省的智能农机共性技术服务平台，服务企业200家以上。";
        assertThat(_get(Button.class, spec -> spec.withId("aims-save")).isEnabled()).isFalse();
        aims().setValue(text);
        _click(_get(Button.class, spec -> spec.withId("aims-save")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(drafts.version(draft.projectId())).isEqualTo(before + 1);
        DomainEventMessage<?> last = lastEvent();
        assertThat(last.getPayload()).isEqualTo(new ProjectSectionRevisedEvent(draft.projectId(), ProjectSection.AIMS,
                text));
        assertThat(last.getMetaData().get("username")).isEqualTo(DraftProjects.PARTNER_MEMBER);
        assertThat(aims().getValue()).isEqualTo(text);
        assertThat(_get(Button.class, spec -> spec.withId("aims-save")).isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("aims-last-change")).getText())
                .contains(drafts.displayName(DraftProjects.PARTNER_MEMBER), DraftProjects.PARTNER);
    }

    @Test
    void twoEditsOfOnePartEndInTheConflictDialogAndMineCanBeReapplied() {
        openAs(DraftProjects.PARTNER_MEMBER, Locale.SIMPLIFIED_CHINESE);
        open();
        String mine = "目标（山东大学修订）：建成省级智能农机检测平台。";
        aims().setValue(mine);

        // Meanwhile the promotion staff change the same section from elsewhere, against the same version.
        String theirs = "目标（促进机构修订）：服务企业300家。";
        drafts.send(DraftProjects.STAFF, new ReviseProjectSectionCommand(draft.projectId(), ProjectSection.AIMS,
                theirs, drafts.current(draft.projectId()).parts().get("section:AIMS").version()));

        // The live update keeps what this person typed and says who changed the part.
        awaitUi(() -> assertThat(_get(Span.class, spec -> spec.withId("aims-notice")).getText())
                .startsWith(drafts.displayName(DraftProjects.STAFF) + "刚刚修改了这一部分"));
        assertThat(aims().getValue()).isEqualTo(mine);

        long before = drafts.version(draft.projectId());
        _click(_get(Button.class, spec -> spec.withId("aims-save")));
        Dialog conflict = _get(Dialog.class, spec -> spec.withId("conflict-dialog"));
        assertThat(conflict.isOpened()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("conflict-intro")).getText())
                .contains(drafts.displayName(DraftProjects.STAFF), "项目目标");
        assertThat(_get(Div.class, spec -> spec.withId("conflict-theirs")).getText()).isEqualTo(theirs);
        assertThat(_get(Div.class, spec -> spec.withId("conflict-mine")).getText()).isEqualTo(mine);
        assertThat(drafts.version(draft.projectId())).isEqualTo(before);

        _click(_get(Button.class, spec -> spec.withId("conflict-reapply")));
        assertThat(drafts.version(draft.projectId())).isEqualTo(before + 1);
        assertThat(drafts.current(draft.projectId()).aims()).isEqualTo(mine);
        assertThat(aims().getValue()).isEqualTo(mine);
        assertHidden("aims-notice");
    }

    @Test
    void keepingTheirsDropsMineAndShowsTheirs() {
        openAs(DraftProjects.STAFF, Locale.SIMPLIFIED_CHINESE);
        open();
        aims().setValue("促进机构的草稿");
        String theirs = "山东大学的目标表述：建成开放共享的检测平台。";
        drafts.send(DraftProjects.PARTNER_MEMBER, new ReviseProjectSectionCommand(draft.projectId(),
                ProjectSection.AIMS, theirs, drafts.current(draft.projectId()).parts().get("section:AIMS").version()));
        long before = drafts.version(draft.projectId());
        _click(_get(Button.class, spec -> spec.withId("aims-save")));
        _click(_get(Button.class, spec -> spec.withId("conflict-keep-theirs")));

        assertThat(drafts.version(draft.projectId())).isEqualTo(before);
        assertThat(aims().getValue()).isEqualTo(theirs);
        assertThat(_get(Button.class, spec -> spec.withId("aims-save")).isEnabled()).isFalse();
    }

    @Test
    void editsOfDifferentPartsNeverConflict() {
        openAs(DraftProjects.PARTNER_MEMBER, Locale.SIMPLIFIED_CHINESE);
        open();
        selectTab("tab-budget");
        Grid<BudgetLineView> budget = grid("budget-grid");
        int row = rowOf(budget, draft.equipmentLine());
        _click(_get((Component) GridKt._getCellComponent(budget, row, "actions"), Button.class,
                spec -> spec.withClasses("edit-budget-line")));
        _get(BigDecimalField.class, spec -> spec.withId("budget-amount")).setValue(new BigDecimal("135.50"));

        // Someone else changes the aims and the other budget line meanwhile: other parts.
        ProjectView seen = drafts.current(draft.projectId());
        drafts.send(DraftProjects.STAFF, new ReviseProjectSectionCommand(draft.projectId(), ProjectSection.AIMS,
                "促进机构同时修改了目标。", seen.parts().get("section:AIMS").version()));
        drafts.send(DraftProjects.STAFF, new ReviseBudgetLineCommand(draft.projectId(), draft.staffLine(),
                "研发人员费用", FundingSource.OWN_FUNDS, new BigDecimal("32.00"), seen.version()));

        long before = drafts.version(draft.projectId());
        _click(_get(Button.class, spec -> spec.withId("budget-line-save")));
        assertThat(_find(Dialog.class, spec -> spec.withId("conflict-dialog"))).isEmpty();
        assertThat(drafts.version(draft.projectId())).isEqualTo(before + 1);
        ProjectView now = drafts.current(draft.projectId());
        assertThat(line(now, draft.equipmentLine()).amount()).isEqualByComparingTo("135.50");
        assertThat(line(now, draft.staffLine()).amount()).isEqualByComparingTo("32.00");
        assertThat(now.aims()).isEqualTo("促进机构同时修改了目标。");
        assertThat(_find(Dialog.class, spec -> spec.withId("budget-line-dialog"))).isEmpty();
    }

    @Test
    void removingALineSomeoneJustRevisedRaisesTheConflictInstead() {
        openAs(DraftProjects.STAFF, Locale.SIMPLIFIED_CHINESE);
        open();
        selectTab("tab-budget");
        Grid<BudgetLineView> budget = grid("budget-grid");
        Component actions = (Component) GridKt._getCellComponent(budget, rowOf(budget, draft.staffLine()), "actions");
        drafts.send(DraftProjects.PARTNER_MEMBER, new ReviseBudgetLineCommand(draft.projectId(), draft.staffLine(),
                "研发人员费用（含博士后）", FundingSource.OWN_FUNDS, new BigDecimal("45.00"),
                drafts.current(draft.projectId()).version()));
        long before = drafts.version(draft.projectId());
        _click(_get(actions, Button.class, spec -> spec.withClasses("remove-budget-line")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("remove-confirm")));

        assertThat(drafts.version(draft.projectId())).isEqualTo(before);
        assertThat(_get(Div.class, spec -> spec.withId("conflict-theirs")).getText())
                .contains("研发人员费用（含博士后）", "45.00 万元");
        assertThat(_get(Div.class, spec -> spec.withId("conflict-mine")).getText()).isEqualTo("（删除这一条）");
    }

    @Test
    void anotherPersonsChangeRefreshesAPartNobodyIsTypingIn() {
        openAs(DraftProjects.STAFF, Locale.SIMPLIFIED_CHINESE);
        open();
        String theirs = "山东大学更新的目标：带动集群企业数字化改造。";
        drafts.send(DraftProjects.PARTNER_MEMBER, new ReviseProjectSectionCommand(draft.projectId(),
                ProjectSection.AIMS, theirs, drafts.current(draft.projectId()).parts().get("section:AIMS").version()));

        awaitUi(() -> {
            assertThat(aims().getValue()).isEqualTo(theirs);
            assertThat(notificationTexts()).anyMatch(text ->
                    text.startsWith(drafts.displayName(DraftProjects.PARTNER_MEMBER)));
        });
        assertHidden("aims-notice");
        // The next save of this person goes against the new version, without a conflict.
        aims().setValue(theirs + "（促进机构确认）");
        _click(_get(Button.class, spec -> spec.withId("aims-save")));
        assertThat(_find(Dialog.class, spec -> spec.withId("conflict-dialog"))).isEmpty();
        assertThat(drafts.current(draft.projectId()).aims()).isEqualTo(theirs + "（促进机构确认）");
    }

    @Test
    void aDocumentIsStoredThenAttachedAndListedWithItsDownloadLink() {
        openAs(DraftProjects.PARTNER_MEMBER, Locale.SIMPLIFIED_CHINESE);
        open();
        selectTab("tab-documents");
        com.vaadin.flow.component.upload.Upload upload = _get(com.vaadin.flow.component.upload.Upload.class,
                spec -> spec.withId("document-upload"));
        UploadKt._upload(upload, "申报书.pdf", "application/pdf",
                "%PDF-1.4 application form".getBytes(StandardCharsets.UTF_8));

        awaitUi(() -> {
            Grid<AttachmentView> documents = grid("document-grid");
            assertThat(GridKt._size(documents)).isEqualTo(1);
            assertThat(GridKt._getFormattedRow(documents, 0)).contains("申报书", "25 B",
                    drafts.displayName(DraftProjects.PARTNER_MEMBER));
        });
        assertThat(drafts.current(draft.projectId()).attachments()).singleElement()
                .satisfies(a -> assertThat(a.fileName()).isEqualTo("申报书.pdf"));
    }

    @Test
    void aFileOfAForbiddenTypeIsRefusedWithTheStoresReasonAndNothingIsAttached() {
        openAs(DraftProjects.STAFF, Locale.SIMPLIFIED_CHINESE);
        open();
        selectTab("tab-documents");
        long before = drafts.version(draft.projectId());
        UploadKt._upload(_get(com.vaadin.flow.component.upload.Upload.class, spec -> spec.withId("document-upload")),
                "setup.exe", "application/octet-stream", new byte[] {0x4d, 0x5a, 0x00, 0x01});

        awaitUi(() -> assertThat(notificationTexts()).anyMatch(text -> text.startsWith("不支持的文件类型")));
        assertThat(drafts.version(draft.projectId())).isEqualTo(before);
        assertThat(GridKt._size(grid("document-grid"))).isZero();
    }

    @Test
    void theEditorSpeaksEnglish() {
        openAs(DraftProjects.STAFF, Locale.ENGLISH);
        open();
        assertThat(_get(Span.class, spec -> spec.withId("project-status")).getText()).isEqualTo("Draft");
        assertThat(_get(Tab.class, spec -> spec.withId("tab-budget")).getLabel()).isEqualTo("Budget");
        assertThat(_get(Span.class, spec -> spec.withId("field-requested")).getText()).isEqualTo("150.00 (10k yuan)");
        assertThat(_get(Button.class, spec -> spec.withId("aims-save")).getText()).isEqualTo("Save");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private void open() {
        UI.getCurrent().navigate("projects/" + draft.projectId());
    }

    private static TextArea aims() {
        return _get(TextArea.class, spec -> spec.withId("aims-text"));
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static int rowOf(Grid<BudgetLineView> grid, String lineId) {
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).lineId().equals(lineId)) {
                return row;
            }
        }
        throw new AssertionError("no budget line " + lineId);
    }

    private static BudgetLineView line(ProjectView project, String lineId) {
        return project.budgetLines().stream().filter(l -> l.lineId().equals(lineId)).findFirst().orElseThrow();
    }

    private static void selectTab(String id) {
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withId(id)));
    }

    /** Karibu finds only what a person could see: a hidden component (or one in a hidden parent) is not found. */
    private static void assertHidden(String id) {
        assertThat(_find(Component.class, spec -> spec.withId(id))).as(id + " hidden").isEmpty();
    }

    private static String presenceText() {
        return _find(Span.class, spec -> spec.withClasses("presence-entry")).stream().map(Span::getText)
                .reduce("", (a, b) -> a + "\n" + b);
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map((Notification n) -> n.getElement().getProperty("text", "")).toList();
    }

    private DomainEventMessage<?> lastEvent() {
        return eventStore.readEvents(draft.projectId().toString()).asStream().reduce((a, b) -> b).orElseThrow();
    }

    /** Live updates and presence arrive on other threads; Karibu runs their queued UI.access tasks when asked. */
    private static void awaitUi(Runnable assertion) {
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).pollInSameThread()
                .untilAsserted(() -> {
                    MockVaadin.runUIQueue();
                    assertion.run();
                });
    }
}
