package org.clusterhub.ui.project.actions;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusterhub.identity.api.ExpertPool;
import org.clusterhub.identity.api.FindExpertPoolQuery;
import org.clusterhub.project.api.AcceptanceResult;
import org.clusterhub.project.api.AddProjectToLibraryCommand;
import org.clusterhub.project.api.ApproveProjectCommand;
import org.clusterhub.project.api.CloseProjectCommand;
import org.clusterhub.project.api.ConfirmApprovalCommand;
import org.clusterhub.project.api.DeclareConflictOfInterestCommand;
import org.clusterhub.project.api.DrawExpertPanelCommand;
import org.clusterhub.project.api.EvaluationGrade;
import org.clusterhub.project.api.FundingAction;
import org.clusterhub.project.api.LibraryState;
import org.clusterhub.project.api.MoveProjectInLibraryCommand;
import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.project.api.RaiseObjectionCommand;
import org.clusterhub.project.api.RecommendProjectCommand;
import org.clusterhub.project.api.RecordAcceptanceResultCommand;
import org.clusterhub.project.api.RecordMidtermEvaluationCommand;
import org.clusterhub.project.api.RejectProjectCommand;
import org.clusterhub.project.api.RequestAcceptanceCommand;
import org.clusterhub.project.api.ResumeProjectCommand;
import org.clusterhub.project.api.ReturnProjectCommand;
import org.clusterhub.project.api.ScoringCriterion;
import org.clusterhub.project.api.SelfEvaluationStage;
import org.clusterhub.project.api.StartMidtermEvaluationCommand;
import org.clusterhub.project.api.SubmitProjectCommand;
import org.clusterhub.project.api.SubmitSelfEvaluationCommand;
import org.clusterhub.project.api.SuspendProjectCommand;
import org.clusterhub.project.api.TerminateProjectCommand;
import org.clusterhub.project.api.WithdrawProjectCommand;
import org.clusterhub.shared.Actor;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.Queries;

/**
 * The lifecycle steps the signed-in person may take on a project now, as buttons that open their dialogs. Shown
 * from the project's state and the person's role and scope; the aggregate refuses anything else anyway.
 */
public final class ProjectActions extends Composite<HorizontalLayout> {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final CommandSender sender;
    private final Queries queries;
    private final Actor actor;

    public ProjectActions(CommandSender sender, Queries queries, Actor actor) {
        this.sender = sender;
        this.queries = queries;
        this.actor = actor;
        getContent().setId("project-actions");
        getContent().setWrap(true);
        getContent().setAlignItems(FlexComponent.Alignment.CENTER);
    }

    public void show(ProjectView project) {
        HorizontalLayout bar = getContent();
        bar.removeAll();
        Permissions may = new Permissions(actor, project);
        ProjectStatus status = project.status();
        switch (status) {
            case DRAFT, RETURNED -> {
                if (may.staff()) {
                    bar.add(primary("project.action.submit", VaadinIcon.PAPERPLANE, "action-submit",
                            () -> StepDialog.open(this, sender, "project.action.submit", "submit",
                                    "project.action.submit.hint", Map.of(),
                                    () -> new SubmitProjectCommand(project.projectId(), null))));
                }
            }
            case SUBMITTED -> {
                if (may.cityCoordinator()) {
                    bar.add(primary("project.action.recommend", VaadinIcon.THUMBS_UP, "action-recommend",
                            () -> {
                                TextArea opinion = Fields.text(this, "project.field.opinion", "opinion", 2000);
                                StepDialog.open(this, sender, "project.action.recommend", "recommend", null,
                                        Map.of("opinion", opinion),
                                        () -> new RecommendProjectCommand(project.projectId(), opinion.getValue()));
                            }));
                    bar.add(returnButton(project));
                }
            }
            case RECOMMENDED -> {
                if (may.supervisor()) {
                    bar.add(primary("project.action.drawExperts", VaadinIcon.USERS, "action-draw-experts",
                            () -> drawExperts(project, 5)));
                }
            }
            case EXPERT_REVIEW -> expertReviewActions(project, may);
            case AWAITING_DECISION -> {
                if (may.supervisor()) {
                    bar.add(primary("project.action.approve", VaadinIcon.CHECK, "action-approve",
                            () -> approve(project)));
                    bar.add(returnButton(project));
                    bar.add(danger("project.action.reject", VaadinIcon.BAN, "action-reject", () -> {
                        TextArea reason = Fields.text(this, "project.field.reason", "reason", 2000);
                        StepDialog.open(this, sender, "project.action.reject", "reject", null,
                                Map.of("reason", reason),
                                () -> new RejectProjectCommand(project.projectId(), reason.getValue()));
                    }));
                }
            }
            case PUBLICITY -> publicityActions(project, may);
            case IN_PROGRESS -> {
                if (may.staff()) {
                    bar.add(primary("project.action.requestAcceptance", VaadinIcon.FLAG_CHECKERED,
                            "action-request-acceptance", () -> {
                                TextArea summary = Fields.text(this, "project.field.summary", "summary", 10000);
                                StepDialog.open(this, sender, "project.action.requestAcceptance",
                                        "request-acceptance", null, Map.of("summary", summary),
                                        () -> new RequestAcceptanceCommand(project.projectId(), summary.getValue()));
                            }));
                }
                if (may.supervisor()) {
                    bar.add(button("project.action.startMidterm", VaadinIcon.CALENDAR_CLOCK, "action-start-midterm",
                            () -> {
                                var due = Fields.date(this, "project.field.selfEvaluationDue", "self-evaluation-due",
                                        Fields.today().plusDays(30));
                                StepDialog.open(this, sender, "project.action.startMidterm", "start-midterm", null,
                                        Map.of("selfEvaluationDue", due),
                                        () -> new StartMidtermEvaluationCommand(project.projectId(), due.getValue()));
                            }));
                }
            }
            case MIDTERM_EVALUATION -> {
                if (may.leadSide()) {
                    bar.add(primary("project.action.selfEvaluate", VaadinIcon.CLIPBOARD_TEXT, "action-self-evaluate",
                            () -> selfEvaluation(project, SelfEvaluationStage.MIDTERM)));
                }
                if (may.supervisor()) {
                    bar.add(primary("project.action.recordMidterm", VaadinIcon.CLIPBOARD_CHECK, "action-record-midterm",
                            () -> recordMidterm(project)));
                }
            }
            case ACCEPTANCE -> {
                if (may.supervisor()) {
                    bar.add(primary("project.action.recordAcceptance", VaadinIcon.DIPLOMA, "action-record-acceptance",
                            () -> {
                                Select<AcceptanceResult> result = Fields.choice(this, "project.field.acceptanceResult",
                                        "acceptance-result", "project.acceptance",
                                        Arrays.asList(AcceptanceResult.values()), AcceptanceResult.PASS);
                                TextArea comments = Fields.text(this, "project.field.comments", "comments", 4000);
                                StepDialog.open(this, sender, "project.action.recordAcceptance", "record-acceptance",
                                        null, ordered("result", result, "comments", comments),
                                        () -> new RecordAcceptanceResultCommand(project.projectId(), result.getValue(),
                                                comments.getValue()));
                            }));
                }
            }
            case PERFORMANCE_ASSESSMENT -> {
                if (may.leadSide()) {
                    bar.add(primary("project.action.performanceSelfAssessment", VaadinIcon.CLIPBOARD_TEXT,
                            "action-performance-self-assessment",
                            () -> selfEvaluation(project, SelfEvaluationStage.PERFORMANCE)));
                }
                if (may.supervisor()) {
                    bar.add(primary("project.action.close", VaadinIcon.ARCHIVE, "action-close", () -> {
                        Select<EvaluationGrade> grade = Fields.choice(this, "project.field.grade", "grade",
                                "project.grade", Arrays.asList(EvaluationGrade.values()), EvaluationGrade.GOOD);
                        TextArea comments = Fields.text(this, "project.field.comments", "comments", 4000);
                        StepDialog.open(this, sender, "project.action.close", "close", null,
                                ordered("grade", grade, "comments", comments),
                                () -> new CloseProjectCommand(project.projectId(), grade.getValue(),
                                        comments.getValue()));
                    }));
                }
            }
            case SUSPENDED -> {
                if (may.supervisor()) {
                    bar.add(primary("project.action.resume", VaadinIcon.PLAY, "action-resume", () -> {
                        TextArea reason = Fields.text(this, "project.field.reason", "reason", 2000);
                        StepDialog.open(this, sender, "project.action.resume", "resume", null,
                                Map.of("reason", reason),
                                () -> new ResumeProjectCommand(project.projectId(), reason.getValue()));
                    }));
                }
            }
            default -> {
                // Closed, rejected, withdrawn and terminated projects take no further steps.
            }
        }
        if (may.staff() && status.isBeforeApproval() && !status.isFinal() && status != ProjectStatus.SUSPENDED) {
            bar.add(danger("project.action.withdraw", VaadinIcon.ARROW_BACKWARD, "action-withdraw", () -> {
                TextArea reason = Fields.text(this, "project.field.reason", "reason", 2000);
                StepDialog.open(this, sender, "project.action.withdraw", "withdraw", "project.action.withdraw.hint",
                        Map.of("reason", reason),
                        () -> new WithdrawProjectCommand(project.projectId(), reason.getValue()));
            }));
        }
        if (may.supervisor()) {
            supervisorManagement(project);
        }
    }

    private void expertReviewActions(ProjectView project, Permissions may) {
        HorizontalLayout bar = getContent();
        may.seat().ifPresent(seat -> {
            if (!seat.declared()) {
                bar.add(primary("project.action.declare", VaadinIcon.HANDSHAKE, "action-declare",
                        () -> declare(project)));
            } else if (!seat.conflicted() && !seat.locked()) {
                bar.add(primary("project.action.score", VaadinIcon.STAR, "action-score",
                        () -> ScoreDialog.open(this, sender, project)));
            }
        });
        if (may.supervisor() && project.review() != null) {
            long active = project.review().experts().stream().filter(s -> !s.conflicted()).count();
            int size = project.review().experts().size();
            if (active < size) {
                bar.add(button("project.action.drawReplacement", VaadinIcon.USERS, "action-draw-replacement",
                        () -> drawExperts(project, (int) active + 1)));
            }
        }
    }

    private void publicityActions(ProjectView project, Permissions may) {
        HorizontalLayout bar = getContent();
        if (project.publicity() != null && !project.publicity().ended()) {
            bar.add(button("project.action.object", VaadinIcon.EXCLAMATION_CIRCLE_O, "action-object", () -> {
                TextField realName = Fields.line(this, "project.field.realName", "real-name", actor.displayName());
                TextField organization = Fields.line(this, "project.field.organization", "objection-organization",
                        actor.organization());
                TextArea text = Fields.text(this, "project.field.objection", "objection-text", 4000);
                StepDialog.open(this, sender, "project.action.object", "object", "project.action.object.hint",
                        ordered("realName", realName, "organization", organization, "text", text),
                        () -> new RaiseObjectionCommand(project.projectId(), UUID.randomUUID().toString(),
                                realName.getValue(), organization.getValue(), text.getValue()));
            }));
        }
        if (may.supervisor()) {
            Button confirm = primary("project.action.confirmApproval", VaadinIcon.CHECK_CIRCLE, "action-confirm-approval",
                    () -> {
                        RadioButtonGroup<LibraryState> state = new RadioButtonGroup<>(
                                getTranslation("project.field.libraryState"));
                        state.setId("library-state");
                        state.setItems(LibraryState.IMPLEMENTATION, LibraryState.RESERVE);
                        state.setItemLabelGenerator(s -> getTranslation("project.library." + s.name()));
                        state.setValue(LibraryState.IMPLEMENTATION);
                        StepDialog.open(this, sender, "project.action.confirmApproval", "confirm-approval",
                                "project.action.confirmApproval.hint", Map.of("libraryState", state),
                                () -> new ConfirmApprovalCommand(project.projectId(), state.getValue()));
                    });
            boolean open = project.publicity() != null
                    && project.publicity().objections().stream().anyMatch(o -> o.answer() == null);
            confirm.setEnabled(project.publicity() != null && project.publicity().ended() && !open);
            if (!confirm.isEnabled()) {
                confirm.setTooltipText(getTranslation(open ? "project.action.confirmApproval.objectionsOpen"
                        : "project.action.confirmApproval.publicityRunning"));
            }
            bar.add(confirm);
        }
    }

    /** Suspension, termination and the library moves: the province's dynamic management, in any open state. */
    private void supervisorManagement(ProjectView project) {
        HorizontalLayout bar = getContent();
        ProjectStatus status = project.status();
        LibraryState library = project.libraryState();
        boolean reviewed = status.ordinal() >= ProjectStatus.RECOMMENDED.ordinal() && !status.isFinal();
        if (reviewed && (library == null || library == LibraryState.EXITED)) {
            bar.add(button("project.action.addToLibrary", VaadinIcon.PLUS_SQUARE_O, "action-add-to-library", () -> {
                RadioButtonGroup<LibraryState> state = new RadioButtonGroup<>(getTranslation("project.field.libraryState"));
                state.setId("library-state");
                state.setItems(LibraryState.RESERVE, LibraryState.IMPLEMENTATION);
                state.setItemLabelGenerator(s -> getTranslation("project.library." + s.name()));
                state.setValue(LibraryState.RESERVE);
                TextArea reason = Fields.text(this, "project.field.reason", "reason", 2000);
                StepDialog.open(this, sender, "project.action.addToLibrary", "add-to-library",
                        "project.action.addToLibrary.hint", ordered("state", state, "reason", reason),
                        () -> new AddProjectToLibraryCommand(project.projectId(), state.getValue(), reason.getValue()));
            }));
        }
        if (library != null && library != LibraryState.EXITED) {
            bar.add(button("project.action.moveInLibrary", VaadinIcon.EXCHANGE, "action-move-in-library", () -> {
                Select<LibraryState> to = Fields.choice(this, "project.field.libraryTarget", "library-target",
                        "project.library", Arrays.stream(LibraryState.values()).filter(s -> s != library).toList(),
                        library == LibraryState.RESERVE ? LibraryState.IMPLEMENTATION : LibraryState.RESERVE);
                TextArea reason = Fields.text(this, "project.field.reason", "reason", 2000);
                StepDialog.open(this, sender, "project.action.moveInLibrary", "move-in-library", null,
                        ordered("to", to, "reason", reason),
                        () -> new MoveProjectInLibraryCommand(project.projectId(), to.getValue(), reason.getValue()));
            }));
        }
        if (!status.isFinal() && status != ProjectStatus.SUSPENDED) {
            bar.add(button("project.action.suspend", VaadinIcon.PAUSE, "action-suspend",
                    () -> fundingStep(project, "project.action.suspend", "suspend")));
        }
        if (!status.isFinal()) {
            bar.add(danger("project.action.terminate", VaadinIcon.STOP, "action-terminate",
                    () -> fundingStep(project, "project.action.terminate", "terminate")));
        }
    }

    private void fundingStep(ProjectView project, String titleKey, String id) {
        TextArea reason = Fields.text(this, "project.field.reason", "reason", 2000);
        Select<FundingAction> action = Fields.choice(this, "project.field.fundingAction", "funding-action",
                "project.funding", Arrays.asList(FundingAction.values()),
                "suspend".equals(id) ? FundingAction.PAUSE : FundingAction.RECOVER);
        BigDecimalField amount = Fields.amount(this, "project.field.fundingAmount", "funding-amount");
        StepDialog.open(this, sender, titleKey, id, null,
                ordered("reason", reason, "fundingAction", action, "fundingAmount", amount),
                () -> "suspend".equals(id)
                        ? new SuspendProjectCommand(project.projectId(), reason.getValue(), action.getValue(),
                                amount.getValue())
                        : new TerminateProjectCommand(project.projectId(), reason.getValue(), action.getValue(),
                                amount.getValue()));
    }

    private Button returnButton(ProjectView project) {
        return button("project.action.return", VaadinIcon.REPLY, "action-return", () -> {
            TextArea comments = Fields.text(this, "project.field.returnComments", "comments", 2000);
            StepDialog.open(this, sender, "project.action.return", "return", null, Map.of("comments", comments),
                    () -> new ReturnProjectCommand(project.projectId(), comments.getValue()));
        });
    }

    private void drawExperts(ProjectView project, int panelSize) {
        List<org.clusterhub.project.api.ExpertCandidate> pool = queries.one(new FindExpertPoolQuery(),
                ExpertPool.class).experts();
        IntegerField size = Fields.integer(this, "project.field.panelSize", "panel-size", panelSize, 3, 15);
        var due = Fields.date(this, "project.field.reviewDue", "review-due", Fields.today().plusDays(14));
        List<ScoringCriterion> criteria = project.review() != null ? project.review().criteria()
                : ScoringCriterion.standard();
        long seed = SEEDS.nextLong();
        StepDialog.open(this, sender, "project.action.drawExperts", "draw-experts", null,
                ordered("panelSize", size, "dueDate", due),
                () -> new DrawExpertPanelCommand(project.projectId(), pool, size.getValue() == null ? 0
                        : size.getValue(), criteria, due.getValue(), seed));
    }

    private void declare(ProjectView project) {
        RadioButtonGroup<Boolean> conflicted = new RadioButtonGroup<>(getTranslation("project.field.declaration"));
        conflicted.setId("declaration");
        conflicted.setItems(false, true);
        conflicted.setItemLabelGenerator(c -> getTranslation(c ? "project.declaration.conflicted"
                : "project.declaration.none"));
        conflicted.setValue(false);
        TextArea note = Fields.text(this, "project.field.note", "note", 1000);
        StepDialog.open(this, sender, "project.action.declare", "declare", "project.action.declare.hint",
                ordered("conflicted", conflicted, "note", note),
                () -> new DeclareConflictOfInterestCommand(project.projectId(), conflicted.getValue(), note.getValue()));
    }

    private void approve(ProjectView project) {
        TextArea comments = Fields.text(this, "project.field.comments", "comments", 2000);
        IntegerField days = Fields.integer(this, "project.field.publicityDays", "publicity-days", 5, 1, 30);
        var start = Fields.date(this, "project.field.publicityStart", "publicity-start", Fields.today());
        StepDialog.open(this, sender, "project.action.approve", "approve", "project.action.approve.hint",
                ordered("publicityWorkingDays", days, "publicityStartsOn", start, "comments", comments),
                () -> new ApproveProjectCommand(project.projectId(), comments.getValue(),
                        days.getValue() == null ? 0 : days.getValue(), start.getValue()));
    }

    private void selfEvaluation(ProjectView project, SelfEvaluationStage stage) {
        Select<EvaluationGrade> grade = Fields.choice(this, "project.field.grade", "grade", "project.grade",
                Arrays.asList(EvaluationGrade.values()), EvaluationGrade.GOOD);
        TextArea summary = Fields.text(this, "project.field.summary", "summary", 10000);
        StepDialog.open(this, sender, "project.selfEvaluation." + stage.name(), "self-evaluation", null,
                ordered("grade", grade, "summary", summary),
                () -> new SubmitSelfEvaluationCommand(project.projectId(), stage, grade.getValue(), summary.getValue()));
    }

    private void recordMidterm(ProjectView project) {
        Select<EvaluationGrade> grade = Fields.choice(this, "project.field.grade", "grade", "project.grade",
                Arrays.asList(EvaluationGrade.values()), EvaluationGrade.GOOD);
        TextArea comments = Fields.text(this, "project.field.comments", "comments", 4000);
        Checkbox onSite = new Checkbox(getTranslation("project.field.onSiteCheck"));
        onSite.setId("on-site-check");
        TextArea findings = Fields.text(this, "project.field.onSiteFindings", "on-site-findings", 4000);
        StepDialog.open(this, sender, "project.action.recordMidterm", "record-midterm", null,
                ordered("grade", grade, "onSiteCheck", onSite, "comments", comments, "onSiteFindings", findings),
                () -> new RecordMidtermEvaluationCommand(project.projectId(), grade.getValue(), comments.getValue(),
                        onSite.getValue(), findings.getValue()));
    }

    private Button button(String key, VaadinIcon icon, String id, Runnable action) {
        Button button = new Button(getTranslation(key), icon.create(), click -> action.run());
        button.setId(id);
        return button;
    }

    private Button primary(String key, VaadinIcon icon, String id, Runnable action) {
        Button button = button(key, icon, id, action);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private Button danger(String key, VaadinIcon icon, String id, Runnable action) {
        Button button = button(key, icon, id, action);
        button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** Fields in the order given (Map.of has none), keyed by the command component each fills. */
    static Map<String, Component> ordered(Object... nameThenField) {
        Map<String, Component> fields = new LinkedHashMap<>();
        for (int i = 0; i < nameThenField.length; i += 2) {
            fields.put((String) nameThenField[i], (Component) nameThenField[i + 1]);
        }
        return fields;
    }
}
