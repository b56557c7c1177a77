package org.clusterhub.ui.activity.detail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import org.clusterhub.activity.api.ActivityView;
import org.clusterhub.activity.api.FindActivityRegistrationsQuery;
import org.clusterhub.activity.api.RegistrationPage;
import org.clusterhub.activity.api.RegistrationStatus;
import org.clusterhub.activity.api.RegistrationView;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * Registrations in registration order, paged and filtered on the server: every one for the organizers (with approve,
 * reject and cancel), a member's own organization's for a member (with the QR code and cancel).
 */
final class RegistrationsPanel extends VerticalLayout {

    /** What a row's buttons ask the detail view to do. */
    interface Actions {
        void approve(RegistrationView registration);

        void reject(RegistrationView registration);

        void cancel(RegistrationView registration);

        void showQr(RegistrationView registration);
    }

    private final Grid<RegistrationView> grid = new Grid<>();
    private final Select<RegistrationStatus> status = new Select<>();
    private final TextField text = new TextField();
    private final Span total = new Span();

    RegistrationsPanel(Queries queries, ActivityView activity, String organization, boolean organizer,
                       Actions actions) {
        setId("activity-registrations");
        setSizeFull();
        status.setItems(RegistrationStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("activity.registrations.allStatuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("activity.registrations.allStatuses")
                : Texts.enumValue(this, "activity.registration.status", s));
        status.setId("registrations-status-filter");
        text.setPlaceholder(getTranslation("activity.registrations.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("registrations-search");
        total.setId("registrations-total");

        grid.setId("registrations-grid");
        grid.addColumn(RegistrationView::attendeeName).setHeader(getTranslation("activity.registrations.name"))
                .setAutoWidth(true);
        grid.addColumn(RegistrationView::organization).setHeader(getTranslation("activity.registrations.organization"))
                .setFlexGrow(2);
        grid.addColumn(r -> Texts.city(this, r.organizationCity()))
                .setHeader(getTranslation("activity.registrations.city")).setAutoWidth(true);
        grid.addColumn(this::statusText).setHeader(getTranslation("activity.registrations.status"))
                .setAutoWidth(true);
        grid.addColumn(RegistrationView::checkInCode).setHeader(getTranslation("activity.registrations.code"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.checkedInAt() == null ? "" : Texts.dateTime(this, r.checkedInAt()))
                .setHeader(getTranslation("activity.registrations.checkedInAt")).setAutoWidth(true);
        grid.addComponentColumn(r -> rowActions(r, organizer, actions)).setAutoWidth(true);
        CallbackDataProvider<RegistrationView, Void> data = DataProvider.fromCallbacks(
                q -> queries.one(new FindActivityRegistrationsQuery(activity.activityId(), organization,
                        status.getValue(), text.getValue(), q.getOffset(), q.getLimit()), RegistrationPage.class)
                        .items().stream(),
                q -> {
                    long count = queries.one(new FindActivityRegistrationsQuery(activity.activityId(), organization,
                            status.getValue(), text.getValue(), 0, 1), RegistrationPage.class).total();
                    total.setText(getTranslation("activity.registrations.total", count));
                    return (int) count;
                });
        grid.setItems(data);
        grid.setSizeFull();
        status.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        add(new HorizontalLayout(status, text, total), grid);
        setFlexGrow(1, grid);
    }

    private String statusText(RegistrationView r) {
        String text = Texts.enumValue(this, "activity.registration.status", r.status());
        return r.status() == RegistrationStatus.WAITING
                ? text + " " + getTranslation("activity.registrations.position", r.waitingPosition()) : text;
    }

    private HorizontalLayout rowActions(RegistrationView r, boolean organizer, Actions actions) {
        HorizontalLayout buttons = new HorizontalLayout();
        boolean active = r.status() == RegistrationStatus.CONFIRMED || r.status() == RegistrationStatus.WAITING
                || r.status() == RegistrationStatus.PENDING_APPROVAL;
        if (organizer && r.status() == RegistrationStatus.PENDING_APPROVAL) {
            buttons.add(small(getTranslation("activity.action.approve"), VaadinIcon.CHECK, r, actions::approve,
                    "approve-"), small(getTranslation("activity.action.reject"), VaadinIcon.BAN, r, actions::reject,
                    "reject-"));
        }
        if (active && r.status() == RegistrationStatus.CONFIRMED) {
            buttons.add(small(getTranslation("activity.action.qr"), VaadinIcon.QRCODE, r, actions::showQr, "qr-"));
        }
        if (active && r.checkedInAt() == null) {
            buttons.add(small(getTranslation("activity.action.cancelRegistration"), VaadinIcon.CLOSE_SMALL, r,
                    actions::cancel, "cancel-"));
        }
        return buttons;
    }

    private Button small(String label, VaadinIcon icon, RegistrationView r, Consumer<RegistrationView> action,
                         String idPrefix) {
        Button button = new Button(label, icon.create(), click -> action.accept(r));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setId(idPrefix + r.registrationId());
        return button;
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
