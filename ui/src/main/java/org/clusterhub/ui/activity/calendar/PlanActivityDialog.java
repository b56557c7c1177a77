package org.clusterhub.ui.activity.calendar;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterhub.activity.api.ActivityId;
import org.clusterhub.activity.api.ActivityKind;
import org.clusterhub.activity.api.ActivityView;
import org.clusterhub.activity.api.CoOrganizer;
import org.clusterhub.activity.api.CoOrganizerKind;
import org.clusterhub.activity.api.PlanActivityCommand;
import org.clusterhub.activity.api.ReviseActivityCommand;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.shared.City;
import org.clusterhub.ui.activity.ActivityTexts;
import org.clusterhub.ui.support.Texts;

/**
 * The details of an activity, new ({@code existing} null: cluster and kind chosen here) or changed. Times are entered
 * in Asia/Shanghai. Fires {@link SaveEvent}; the screen sends the command and shows refusals on the fields.
 */
public class PlanActivityDialog extends Dialog {

    final ComboBox<ClusterSummary> cluster = new ComboBox<>();
    final Select<ActivityKind> kind = new Select<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final ComboBox<City> city = new ComboBox<>();
    final TextField venue = new TextField();
    final Checkbox online = new Checkbox();
    final DateTimePicker startsAt = new DateTimePicker();
    final DateTimePicker endsAt = new DateTimePicker();
    final IntegerField capacity = new IntegerField();
    final DateTimePicker registrationOpensAt = new DateTimePicker();
    final DateTimePicker registrationClosesAt = new DateTimePicker();
    final Checkbox approvalRequired = new Checkbox();
    final IntegerField meetingTables = new IntegerField();
    final IntegerField meetingSlotMinutes = new IntegerField();
    final List<CoOrganizer> coOrganizers = new ArrayList<>();
    private final VerticalLayout coOrganizerList = new VerticalLayout();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final ActivityView existing;
    private final ActivityId activityId;

    public PlanActivityDialog(List<ClusterSummary> clusters, ActivityView existing) {
        this.existing = existing;
        this.activityId = existing == null ? ActivityId.create() : existing.activityId();
        setHeaderTitle(getTranslation(existing == null ? "activity.plan.title" : "activity.revise.title"));
        setWidth("52rem");
        setId("plan-activity-dialog");

        cluster.setItems(clusters);
        cluster.setItemLabelGenerator(ActivityTexts::cluster);
        cluster.setLabel(getTranslation("activity.field.cluster"));
        cluster.setId("field-cluster");
        if (clusters.size() == 1) {
            cluster.setValue(clusters.get(0));
        }
        kind.setItems(ActivityKind.values());
        kind.setItemLabelGenerator(k -> Texts.enumValue(this, "activity.kind", k));
        kind.setLabel(getTranslation("activity.field.kind"));
        kind.setValue(ActivityKind.MATCHMAKING);
        kind.setId("field-kind");
        title.setLabel(getTranslation("activity.field.title"));
        title.setId("field-title");
        title.setMaxLength(120);
        description.setLabel(getTranslation("activity.field.description"));
        description.setId("field-description");
        city.setItems(City.values());
        city.setItemLabelGenerator(c -> Texts.city(this, c));
        city.setLabel(getTranslation("activity.field.city"));
        city.setId("field-city");
        venue.setLabel(getTranslation("activity.field.venue"));
        venue.setId("field-venue");
        online.setLabel(getTranslation("activity.field.online"));
        online.setId("field-online");
        for (DateTimePicker picker : List.of(startsAt, endsAt, registrationOpensAt, registrationClosesAt)) {
            picker.setStep(java.time.Duration.ofMinutes(15));
            picker.setLocale(Texts.locale());
        }
        startsAt.setLabel(getTranslation("activity.field.startsAt"));
        startsAt.setId("field-starts-at");
        endsAt.setLabel(getTranslation("activity.field.endsAt"));
        endsAt.setId("field-ends-at");
        registrationOpensAt.setLabel(getTranslation("activity.field.registrationOpensAt"));
        registrationOpensAt.setId("field-registration-opens-at");
        registrationClosesAt.setLabel(getTranslation("activity.field.registrationClosesAt"));
        registrationClosesAt.setId("field-registration-closes-at");
        capacity.setLabel(getTranslation("activity.field.capacity"));
        capacity.setMin(1);
        capacity.setStepButtonsVisible(true);
        capacity.setId("field-capacity");
        approvalRequired.setLabel(getTranslation("activity.field.approvalRequired"));
        approvalRequired.setId("field-approval");
        meetingTables.setLabel(getTranslation("activity.field.meetingTables"));
        meetingTables.setMin(1);
        meetingTables.setId("field-tables");
        meetingSlotMinutes.setLabel(getTranslation("activity.field.meetingSlotMinutes"));
        meetingSlotMinutes.setMin(5);
        meetingSlotMinutes.setId("field-slot-minutes");
        kind.addValueChangeListener(e -> showMeetingGrid());
        online.addValueChangeListener(e -> venue.setEnabled(!online.getValue()));

        Select<CoOrganizerKind> partnerKind = new Select<>();
        partnerKind.setItems(CoOrganizerKind.values());
        partnerKind.setItemLabelGenerator(k -> Texts.enumValue(this, "activity.coOrganizer", k));
        partnerKind.setValue(CoOrganizerKind.INSTITUTE);
        partnerKind.setWidth("9rem");
        TextField partnerName = new TextField();
        partnerName.setPlaceholder(getTranslation("activity.field.coOrganizerName"));
        partnerName.setId("field-co-organizer-name");
        Button addPartner = new Button(VaadinIcon.PLUS.create(), click -> {
            if (!partnerName.getValue().isBlank()) {
                coOrganizers.add(new CoOrganizer(partnerKind.getValue(), partnerName.getValue().strip()));
                partnerName.clear();
                renderPartners();
            }
        });
        addPartner.setAriaLabel(getTranslation("activity.field.addCoOrganizer"));
        HorizontalLayout partnerRow = new HorizontalLayout(partnerKind, partnerName, addPartner);
        partnerRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        coOrganizerList.setPadding(false);
        coOrganizerList.setSpacing(false);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        if (existing == null) {
            form.add(cluster, kind);
        }
        form.add(title, 2);
        form.add(description, 2);
        form.add(city, venue, online);
        form.add(new Span(), startsAt, endsAt, registrationOpensAt, registrationClosesAt, capacity, approvalRequired,
                meetingTables, meetingSlotMinutes);
        Span partnersLabel = new Span(getTranslation("activity.field.coOrganizers"));
        form.add(partnersLabel, 2);
        form.add(partnerRow, 2);
        form.add(coOrganizerList, 2);
        add(form);

        fields.putAll(Map.of("clusterId", cluster, "title", title, "description", description, "city", city,
                "venue", venue, "startsAt", startsAt, "endsAt", endsAt, "capacity", capacity,
                "registrationOpensAt", registrationOpensAt, "registrationClosesAt", registrationClosesAt));
        fields.put("meetingTables", meetingTables);
        fields.put("meetingSlotMinutes", meetingSlotMinutes);

        if (existing != null) {
            fill(existing);
        } else {
            LocalDateTime nextWeek = LocalDateTime.now(Texts.SHANGHAI).plusDays(7).withHour(9).withMinute(0)
                    .withSecond(0).withNano(0);
            startsAt.setValue(nextWeek);
            endsAt.setValue(nextWeek.withHour(17));
            registrationOpensAt.setValue(LocalDateTime.now(Texts.SHANGHAI).withSecond(0).withNano(0));
            registrationClosesAt.setValue(nextWeek.minusDays(1).withHour(18));
            capacity.setValue(100);
            meetingTables.setValue(20);
            meetingSlotMinutes.setValue(30);
        }
        showMeetingGrid();

        Button save = new Button(getTranslation("common.save"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            fireEvent(new SaveEvent(this));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("plan-save");
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void fill(ActivityView a) {
        kind.setValue(a.kind());
        title.setValue(a.title());
        description.setValue(a.description() == null ? "" : a.description());
        city.setValue(a.city());
        venue.setValue(a.venue() == null ? "" : a.venue());
        online.setValue(a.online());
        startsAt.setValue(LocalDateTime.ofInstant(a.startsAt(), Texts.SHANGHAI));
        endsAt.setValue(LocalDateTime.ofInstant(a.endsAt(), Texts.SHANGHAI));
        registrationOpensAt.setValue(LocalDateTime.ofInstant(a.registrationOpensAt(), Texts.SHANGHAI));
        registrationClosesAt.setValue(LocalDateTime.ofInstant(a.registrationClosesAt(), Texts.SHANGHAI));
        capacity.setValue(a.capacity());
        approvalRequired.setValue(a.approvalRequired());
        meetingTables.setValue(a.meetingTables());
        meetingSlotMinutes.setValue(a.meetingSlotMinutes());
        coOrganizers.addAll(a.coOrganizers());
        renderPartners();
    }

    private void showMeetingGrid() {
        boolean matchmaking = kind.getValue() == ActivityKind.MATCHMAKING;
        meetingTables.setVisible(matchmaking);
        meetingSlotMinutes.setVisible(matchmaking);
    }

    private void renderPartners() {
        coOrganizerList.removeAll();
        for (CoOrganizer partner : List.copyOf(coOrganizers)) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                coOrganizers.remove(partner);
                renderPartners();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("activity.field.removeCoOrganizer"));
            HorizontalLayout row = new HorizontalLayout(new Span(Texts.enumValue(this, "activity.coOrganizer",
                    partner.kind()) + ActivityTexts.colon() + partner.name()), remove);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            coOrganizerList.add(row);
        }
    }

    public ActivityId activityId() {
        return activityId;
    }

    private static Instant at(DateTimePicker picker) {
        return picker.getValue() == null ? null : picker.getValue().atZone(Texts.SHANGHAI).toInstant();
    }

    private static int number(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    public PlanActivityCommand planCommand() {
        boolean matchmaking = kind.getValue() == ActivityKind.MATCHMAKING;
        return new PlanActivityCommand(activityId, cluster.getValue() == null ? null : cluster.getValue().clusterId(),
                kind.getValue(), title.getValue(), description.getValue(), city.getValue(), venue.getValue(),
                online.getValue(), at(startsAt), at(endsAt), number(capacity), at(registrationOpensAt),
                at(registrationClosesAt), approvalRequired.getValue(), List.copyOf(coOrganizers),
                matchmaking ? number(meetingTables) : 0, matchmaking ? number(meetingSlotMinutes) : 0, null);
    }

    public ReviseActivityCommand reviseCommand() {
        boolean matchmaking = existing.kind() == ActivityKind.MATCHMAKING;
        return new ReviseActivityCommand(activityId, title.getValue(), description.getValue(), city.getValue(),
                venue.getValue(), online.getValue(), at(startsAt), at(endsAt), number(capacity),
                at(registrationOpensAt), at(registrationClosesAt), approvalRequired.getValue(),
                List.copyOf(coOrganizers), matchmaking ? number(meetingTables) : 0,
                matchmaking ? number(meetingSlotMinutes) : 0);
    }

    public void showFieldError(String field, String message) {
        HasValidation target = fields.get(field.replaceAll("\\[\\d+]", "").replaceAll("\\.<[^>]+>", ""));
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public static class SaveEvent extends ComponentEvent<PlanActivityDialog> {
        SaveEvent(PlanActivityDialog source) {
            super(source, false);
        }
    }
}
