package org.clusterhub.ui.project.actions;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.stream.Collectors;
import org.clusterhub.project.api.AnswerObjectionCommand;
import org.clusterhub.project.api.ExpertResult;
import org.clusterhub.project.api.ExpertReviewView;
import org.clusterhub.project.api.ExpertSeatView;
import org.clusterhub.project.api.ObjectionView;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.project.api.PublicityView;
import org.clusterhub.project.api.StageNote;
import org.clusterhub.shared.Actor;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.Texts;

/**
 * The review side of a project: reviewers' notes, the expert panel (who declared and locked, never the scores until
 * all locked, then every score and the weighted average), and publicity with its objections and answers.
 */
public final class ReviewPanel extends Composite<VerticalLayout> {

    private final CommandSender sender;
    private final Actor actor;

    public ReviewPanel(CommandSender sender, Actor actor) {
        this.sender = sender;
        this.actor = actor;
        getContent().setId("project-review");
        getContent().setPadding(false);
    }

    public void show(ProjectView project) {
        VerticalLayout content = getContent();
        content.removeAll();
        content.add(new H4(getTranslation("project.review.notes")));
        if (project.notes() == null || project.notes().isEmpty()) {
            content.add(new Paragraph(getTranslation("project.review.noNotes")));
        } else {
            Grid<StageNote> notes = new Grid<>();
            notes.setId("review-notes");
            notes.addColumn(n -> Texts.dateTime(this, n.at())).setHeader(getTranslation("project.review.time"))
                    .setAutoWidth(true).setFlexGrow(0);
            notes.addColumn(n -> stage(n.stage())).setHeader(getTranslation("project.review.stage")).setAutoWidth(true);
            notes.addColumn(StageNote::byName).setHeader(getTranslation("project.review.by")).setAutoWidth(true);
            notes.addColumn(StageNote::text).setHeader(getTranslation("project.review.text")).setFlexGrow(3);
            notes.setItems(project.notes());
            notes.setAllRowsVisible(true);
            content.add(notes);
        }
        ExpertReviewView review = project.review();
        if (review != null) {
            content.add(new H4(getTranslation("project.review.panel")));
            content.add(new Paragraph(getTranslation("project.review.panelFacts", review.dueDate(), review.seed(),
                    review.excluded().isEmpty() ? "—" : String.join(Texts.listSeparator(), review.excluded()))));
            content.add(new Paragraph(review.criteria().stream()
                    .map(c -> (Texts.english() && c.nameEn() != null ? c.nameEn() : c.nameZh()) + " " + c.weight() + "%")
                    .collect(Collectors.joining(Texts.listSeparator()))));
            Grid<ExpertSeatView> seats = new Grid<>();
            seats.setId("review-seats");
            seats.addColumn(ExpertSeatView::displayName).setHeader(getTranslation("project.review.expert"));
            seats.addColumn(ExpertSeatView::organization).setHeader(getTranslation("project.review.organization"));
            seats.addColumn(s -> getTranslation(!s.declared() ? "project.review.seat.undeclared"
                            : s.conflicted() ? "project.review.seat.recused"
                            : s.locked() ? "project.review.seat.locked" : "project.review.seat.scoring"))
                    .setHeader(getTranslation("project.review.seatState"));
            seats.setItems(review.experts());
            seats.setAllRowsVisible(true);
            content.add(seats);
            if (review.results() != null && !review.results().isEmpty()) {
                Span average = new Span(getTranslation("project.review.average", review.averageScore()));
                average.setId("review-average");
                average.getElement().getThemeList().add("badge success");
                content.add(average);
                Grid<ExpertResult> results = new Grid<>();
                results.setId("review-results");
                results.addColumn(ExpertResult::displayName).setHeader(getTranslation("project.review.expert"));
                results.addColumn(r -> r.scores().stream().map(s -> s.criterion() + " " + s.score())
                        .collect(Collectors.joining(Texts.listSeparator()))).setHeader(getTranslation(
                        "project.review.scores")).setFlexGrow(2);
                results.addColumn(ExpertResult::weightedTotal).setHeader(getTranslation("project.review.total"));
                results.addColumn(r -> r.comment() == null ? "" : r.comment())
                        .setHeader(getTranslation("project.review.comment")).setFlexGrow(2);
                results.setItems(review.results());
                results.setAllRowsVisible(true);
                content.add(results);
            } else {
                content.add(new Paragraph(getTranslation("project.review.sealed")));
            }
        }
        PublicityView publicity = project.publicity();
        if (publicity != null) {
            content.add(new H4(getTranslation("project.publicity.title")));
            Span facts = new Span(getTranslation("project.publicity.facts", publicity.startsOn(), publicity.endsOn(),
                    publicity.publishedVersion()));
            facts.setId("publicity-facts");
            Span state = new Span(getTranslation(publicity.ended() ? "project.publicity.ended"
                    : "project.publicity.running"));
            state.getElement().getThemeList().add(publicity.ended() ? "badge contrast" : "badge");
            content.add(facts, state);
            Permissions may = new Permissions(actor, project);
            boolean canAnswer = (may.staff() || may.supervisor())
                    && project.status() == org.clusterhub.project.api.ProjectStatus.PUBLICITY;
            Grid<ObjectionView> objections = new Grid<>();
            objections.setId("publicity-objections");
            objections.addColumn(o -> Texts.dateTime(this, o.raisedAt())).setHeader(getTranslation(
                    "project.review.time")).setAutoWidth(true).setFlexGrow(0);
            objections.addColumn(o -> o.realName() + Texts.bracketed(o.organization()))
                    .setHeader(getTranslation("project.publicity.objector")).setAutoWidth(true);
            objections.addColumn(ObjectionView::text).setHeader(getTranslation("project.publicity.objection"))
                    .setFlexGrow(2);
            objections.addComponentColumn(o -> {
                if (o.answer() != null) {
                    return new Span(o.answer());
                }
                if (!canAnswer) {
                    return new Span(getTranslation("project.publicity.unanswered"));
                }
                Button answer = new Button(getTranslation("project.publicity.answer"), click -> {
                    TextArea text = Fields.text(this, "project.field.answer", "answer", 4000);
                    StepDialog.open(this, sender, "project.publicity.answer", "answer-objection", null,
                            Map.of("answer", text), () -> new AnswerObjectionCommand(project.projectId(),
                                    o.objectionId(), text.getValue()));
                });
                answer.setId("answer-" + o.objectionId());
                answer.addThemeVariants(ButtonVariant.LUMO_SMALL);
                return answer;
            }).setHeader(getTranslation("project.publicity.answerColumn")).setFlexGrow(2);
            objections.setItems(publicity.objections());
            objections.setAllRowsVisible(true);
            content.add(objections);
        }
    }

    /** A note's stage is the event that recorded it, sometimes with its outcome: {@code AcceptanceResultRecordedEvent:PASS}. */
    private String stage(String stage) {
        String[] parts = stage.split(":", 2);
        String text = getTranslation("history.event." + parts[0]);
        if (text.startsWith("!")) {
            text = parts[0];
        }
        if (parts.length == 2) {
            String outcome = getTranslation("value." + parts[1]);
            text += Texts.bracketed(outcome.startsWith("!") ? parts[1] : outcome);
        }
        return text;
    }
}
