package org.clusterhub.ui.supervision.integrity;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.supervision.api.HistoryVerification;
import org.clusterhub.supervision.api.IntegrityFinding;
import org.clusterhub.supervision.api.VerificationProgress;
import org.clusterhub.supervision.api.VerifyEventStoreQuery;
import org.clusterhub.supervision.api.VerifyHistoryQuery;
import org.clusterhub.ui.support.Queries;

/**
 * Tamper evidence for supervisors: checks one history, or every stored event, against the hash chains (ADR 013)
 * and lists exactly which events were altered, removed or stripped of their hash. The store-wide check runs in the
 * background and shows its progress; leaving the page stops following it.
 */
@Route(IntegrityNavigation.ROUTE)
@PermitAll
public class IntegrityView extends VerticalLayout implements HasDynamicTitle {

    private final QueryGateway gateway;
    private final Queries queries;
    private final Grid<IntegrityFinding> findings = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Button verifyStore = new Button();
    private SubscriptionQueryResult<HistoryVerification, VerificationProgress> running;

    public IntegrityView(QueryGateway gateway, Queries queries, CurrentActor currentActor) {
        this.gateway = gateway;
        this.queries = queries;
        Actor actor = currentActor.require();
        add(new H2(getTranslation("integrity.title")));
        if (!actor.isSupervisor()) {
            Paragraph refused = new Paragraph(getTranslation("integrity.supervisorsOnly"));
            refused.setId("integrity-refused");
            add(refused);
            return;
        }
        setSizeFull();
        add(new Paragraph(getTranslation("integrity.intro")));

        TextField aggregateId = new TextField(getTranslation("integrity.aggregateId"));
        aggregateId.setId("integrity-aggregate-id");
        aggregateId.setWidth("24rem");
        aggregateId.setClearButtonVisible(true);
        Button verifyOne = new Button(getTranslation("integrity.verifyOne"), click -> verifyOne(aggregateId));
        verifyOne.setId("integrity-verify-one");
        verifyStore.setText(getTranslation("integrity.verifyStore"));
        verifyStore.setId("integrity-verify-store");
        verifyStore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verifyStore.addClickListener(click -> verifyStore());
        HorizontalLayout actions = new HorizontalLayout(aggregateId, verifyOne, verifyStore);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        progress.setId("integrity-progress");
        progress.setVisible(false);
        progressText.setId("integrity-progress-text");
        summary.setId("integrity-summary");

        findings.setId("integrity-findings");
        findings.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        findings.addColumn(IntegrityFinding::aggregateId).setHeader(getTranslation("integrity.column.aggregate"))
                .setClassNameGenerator(finding -> "mono").setFlexGrow(2);
        findings.addColumn(IntegrityFinding::sequenceNumber).setHeader("#").setWidth("5rem").setFlexGrow(0);
        findings.addColumn(finding -> getTranslation("integrity.problem." + finding.problem().name()))
                .setHeader(getTranslation("integrity.column.problem")).setFlexGrow(2);
        findings.addColumn(IntegrityFinding::detail).setHeader(getTranslation("integrity.column.detail"))
                .setFlexGrow(3);
        findings.setVisible(false);
        add(actions, progress, progressText, summary, findings);
        setFlexGrow(1, findings);
    }

    private void verifyOne(TextField aggregateId) {
        String id = aggregateId.getValue().strip();
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            aggregateId.setInvalid(true);
            aggregateId.setErrorMessage(getTranslation("integrity.error.notAnId"));
            return;
        }
        aggregateId.setInvalid(false);
        HistoryVerification result = queries.one(new VerifyHistoryQuery(id), HistoryVerification.class);
        if (result.eventsChecked() == 0 && result.intact()) {
            aggregateId.setInvalid(true);
            aggregateId.setErrorMessage(getTranslation("integrity.error.noHistory"));
            return;
        }
        show(result);
    }

    /** Runs in the background: the query's progress updates arrive on another thread and reach the screen by push. */
    private void verifyStore() {
        UI ui = UI.getCurrent();
        stopFollowing();
        verifyStore.setEnabled(false);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        progressText.setText(getTranslation("integrity.running"));
        summary.setText("");
        findings.setVisible(false);
        SubscriptionQueryResult<HistoryVerification, VerificationProgress> result = gateway.subscriptionQuery(
                new VerifyEventStoreQuery(UUID.randomUUID().toString()),
                ResponseTypes.instanceOf(HistoryVerification.class),
                ResponseTypes.instanceOf(VerificationProgress.class));
        running = result;
        result.updates().subscribe(step -> ui.access(() -> showProgress(step)));
        result.initialResult().subscribe(done -> ui.access(() -> {
            progress.setVisible(false);
            progressText.setText("");
            verifyStore.setEnabled(true);
            show(done);
            stopFollowing();
        }), failed -> ui.access(() -> {
            progress.setVisible(false);
            progressText.setText(getTranslation("common.error.unexpected"));
            verifyStore.setEnabled(true);
            stopFollowing();
        }));
    }

    private void showProgress(VerificationProgress step) {
        if (step.total() > 0) {
            progress.setIndeterminate(false);
            progress.setValue(Math.min(1.0, (double) step.checked() / step.total()));
        }
        progressText.setText(getTranslation("integrity.progress", step.checked(), step.total()));
    }

    private void show(HistoryVerification result) {
        summary.setText(getTranslation(result.intact() ? "integrity.intact" : "integrity.broken",
                result.eventsChecked(), result.aggregates(), result.millis(), result.findings().size()));
        summary.getElement().setAttribute("data-intact", Boolean.toString(result.intact()));
        findings.setItems(result.findings());
        findings.setVisible(!result.intact());
    }

    private void stopFollowing() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopFollowing();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("integrity.title") + " · ClusterHub";
    }
}
