package org.clusterhub.ui.activity.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clusterhub.activity.api.*;
import org.clusterhub.cluster.api.ChainPosition;
import org.clusterhub.ui.activity.ActivityTexts;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * Matchmaking: a registrant posts what they offer and seek, sees suggested partners with the reasons and points
 * behind each score, asks for meetings, answers requests, sees their schedule and records outcomes. The organizer
 * sees every meeting and builds the grid.
 */
final class MatchmakingPanel extends VerticalLayout {

    private final Queries queries;
    private final CommandSender commands;
    private final ActivityView activity;
    private final boolean organizer;
    private final String organization;
    private final ComboBox<RegistrationView> me = new ComboBox<>();
    private final TextArea offers = new TextArea();
    private final TextArea seeks = new TextArea();
    private final TextField tags = new TextField();
    private final Select<ChainPosition> chainPosition = new Select<>();
    private final TextField area = new TextField();
    private final VerticalLayout suggestions = new VerticalLayout();
    private final Grid<MeetingView> meetings = new Grid<>();
    private final VerticalLayout mine = new VerticalLayout();

    MatchmakingPanel(Queries queries, CommandSender commands, ActivityView activity, boolean organizer,
                     String organization) {
        this.queries = queries;
        this.commands = commands;
        this.activity = activity;
        this.organizer = organizer;
        this.organization = organization;
        setId("activity-matchmaking");
        setPadding(false);

        meetings.setId("meetings-grid");
        meetings.addColumn(m -> m.slot() == null ? "—" : slotText(m)).setHeader(getTranslation("activity.meetings.slot"))
                .setAutoWidth(true);
        meetings.addColumn(m -> m.table() == null ? "" : String.valueOf(m.table()))
                .setHeader(getTranslation("activity.meetings.table")).setAutoWidth(true);
        meetings.addColumn(m -> m.requesterOrganization() + " · " + nullToEmpty(m.requesterName()))
                .setHeader(getTranslation("activity.meetings.requester")).setFlexGrow(2);
        meetings.addColumn(m -> m.inviteeOrganization() + " · " + nullToEmpty(m.inviteeName()))
                .setHeader(getTranslation("activity.meetings.invitee")).setFlexGrow(2);
        meetings.addColumn(m -> Texts.enumValue(this, "activity.meeting.status", m.status()))
                .setHeader(getTranslation("activity.meetings.status")).setAutoWidth(true);
        meetings.addColumn(this::outcomeText).setHeader(getTranslation("activity.meetings.outcome")).setFlexGrow(2);
        meetings.addComponentColumn(this::meetingActions).setAutoWidth(true);
        meetings.setAllRowsVisible(true);

        if (organizer) {
            Button build = new Button(getTranslation("activity.action.buildSchedule"), VaadinIcon.TABLE.create(),
                    click -> buildSchedule());
            build.setId("action-build-schedule");
            build.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Span grid = new Span(getTranslation("activity.meetings.grid", activity.meetingTables(),
                    activity.meetingSlotMinutes()));
            add(new HorizontalLayout(build, grid));
        }
        if (organization != null) {
            me.setLabel(getTranslation("activity.matchmaking.me"));
            me.setItemLabelGenerator(r -> r.attendeeName() + " · " + r.organization());
            me.setId("matchmaking-me");
            me.addValueChangeListener(e -> showMine());
            add(me, mine);
        }
        add(new H4(getTranslation(organizer ? "activity.meetings.all" : "activity.meetings.mine")), meetings);
        refresh();
    }

    void refresh() {
        if (organization != null) {
            List<RegistrationView> own = queries.one(new FindActivityRegistrationsQuery(activity.activityId(),
                    organization, RegistrationStatus.CONFIRMED, null, 0, 100), RegistrationPage.class).items();
            RegistrationView selected = me.getValue();
            me.setItems(own);
            if (selected != null) {
                own.stream().filter(r -> r.registrationId().equals(selected.registrationId())).findFirst()
                        .ifPresent(me::setValue);
            } else if (!own.isEmpty()) {
                me.setValue(own.get(0));
            }
            me.setVisible(!own.isEmpty());
        }
        List<MeetingView> items = organizer && me.getValue() == null
                ? queries.one(new FindMeetingsQuery(activity.activityId(), null), MeetingList.class).items()
                : me.getValue() == null ? List.of()
                : queries.one(new FindMeetingsQuery(activity.activityId(), me.getValue().registrationId()),
                        MeetingList.class).items();
        meetings.setItems(items);
    }

    private void showMine() {
        mine.removeAll();
        mine.setPadding(false);
        RegistrationView registration = me.getValue();
        if (registration == null) {
            return;
        }
        Optional<MatchmakingProfileView> profile = queries.optional(new FindMatchmakingProfileQuery(
                activity.activityId(), registration.registrationId()), MatchmakingProfileView.class);
        offers.setLabel(getTranslation("activity.profile.offers"));
        offers.setHelperText(getTranslation("activity.profile.onePerLine"));
        offers.setId("profile-offers");
        seeks.setLabel(getTranslation("activity.profile.seeks"));
        seeks.setHelperText(getTranslation("activity.profile.onePerLine"));
        seeks.setId("profile-seeks");
        tags.setLabel(getTranslation("activity.profile.tags"));
        tags.setHelperText(getTranslation("activity.profile.tagsHelp"));
        tags.setId("profile-tags");
        chainPosition.setLabel(getTranslation("activity.profile.chainPosition"));
        chainPosition.setItems(ChainPosition.values());
        chainPosition.setEmptySelectionAllowed(true);
        chainPosition.setItemLabelGenerator(p -> p == null ? "—" : Texts.enumValue(this, "value", p));
        area.setLabel(getTranslation("activity.profile.area"));
        offers.setValue(profile.map(p -> String.join("\n", p.offers())).orElse(""));
        seeks.setValue(profile.map(p -> String.join("\n", p.seeks())).orElse(""));
        tags.setValue(profile.map(p -> String.join(Texts.listSeparator(), p.tags())).orElse(""));
        chainPosition.setValue(profile.map(MatchmakingProfileView::chainPosition).orElse(null));
        area.setValue(profile.map(MatchmakingProfileView::area).map(MatchmakingPanel::nullToEmpty).orElse(""));
        Button save = new Button(getTranslation("activity.action.postProfile"), click -> postProfile(registration));
        save.setId("action-post-profile");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(offers, seeks, tags, chainPosition, area);
        mine.add(new H4(getTranslation("activity.profile.title")), form, save);
        suggestions.setPadding(false);
        suggestions.setId("suggestions");
        mine.add(new H4(getTranslation("activity.suggestions.title")), suggestions);
        renderSuggestions(registration);
    }

    private void renderSuggestions(RegistrationView registration) {
        suggestions.removeAll();
        List<PartnerSuggestion> found = queries.one(new FindPartnerSuggestionsQuery(activity.activityId(),
                registration.registrationId(), 10), PartnerSuggestions.class).items();
        if (found.isEmpty()) {
            suggestions.add(new Span(getTranslation("activity.suggestions.none")));
        }
        for (PartnerSuggestion suggestion : found) {
            MatchmakingProfileView partner = suggestion.partner();
            Span name = new Span(partner.organization() + " · " + nullToEmpty(partner.attendeeName()));
            name.getStyle().set("font-weight", "600");
            Span score = new Span(getTranslation("activity.suggestions.score", suggestion.score()));
            score.getElement().getThemeList().add("badge");
            Div reasons = new Div();
            for (SuggestionReason reason : suggestion.reasons()) {
                Span line = new Span("+" + reason.points() + " " + Texts.enumValue(this, "activity.reason",
                        reason.kind()) + ActivityTexts.colon() + reasonDetail(reason));
                line.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
                reasons.add(line);
            }
            Button ask = new Button(getTranslation("activity.action.requestMeeting"),
                    VaadinIcon.HANDSHAKE.create(), click -> requestMeeting(registration, partner));
            ask.addThemeVariants(ButtonVariant.LUMO_SMALL);
            ask.setId("request-" + partner.registrationId());
            VerticalLayout card = new VerticalLayout(new HorizontalLayout(name, score), reasons, ask);
            card.setSpacing(false);
            card.addClassName("suggestion");
            card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)");
            suggestions.add(card);
        }
    }

    private String reasonDetail(SuggestionReason reason) {
        return switch (reason.kind()) {
            case SAME_CITY -> getTranslation("city." + reason.detail());
            case SAME_CLUSTER -> getTranslation("activity.reason.sameClusterDetail");
            case COMPLEMENTARY_CHAIN_POSITION -> Arrays.stream(reason.detail().split("/"))
                    .map(p -> getTranslation("value." + p)).collect(Collectors.joining(" ↔ "));
            default -> reason.detail();
        };
    }

    private void postProfile(RegistrationView registration) {
        PostMatchmakingProfileCommand command = new PostMatchmakingProfileCommand(activity.activityId(),
                registration.registrationId(), lines(offers.getValue()), lines(seeks.getValue()),
                new LinkedHashSet<>(Arrays.stream(tags.getValue().split("[,，、;；\\s]+"))
                        .map(String::strip).filter(t -> !t.isEmpty()).toList()),
                chainPosition.getValue(), area.getValue(), null);
        commands.sendEdit(this, command, (field, message) -> {
            TextArea target = field.startsWith("seeks") ? seeks : offers;
            target.setErrorMessage(message);
            target.setInvalid(true);
        }, conflict -> { }).ifPresent(id -> {
            CommandSender.success(this, getTranslation("activity.action.profilePosted"));
            offers.setInvalid(false);
            seeks.setInvalid(false);
        });
    }

    private void requestMeeting(RegistrationView registration, MatchmakingProfileView partner) {
        TextPrompt prompt = new TextPrompt(getTranslation("activity.action.requestMeeting"),
                getTranslation("activity.meetings.message"), getTranslation("activity.action.send"),
                p -> commands.sendEdit(this, new RequestMeetingCommand(activity.activityId(), MeetingId.create(),
                        registration.registrationId(), partner.registrationId(), p.text.getValue()),
                        p::showFieldError, conflict -> { }).isPresent());
        prompt.open();
    }

    private Component meetingActions(MeetingView meeting) {
        HorizontalLayout buttons = new HorizontalLayout();
        RegistrationView registration = me.getValue();
        boolean invitee = registration != null && registration.registrationId().equals(meeting.invitee());
        if ((invitee || organizer) && meeting.status() == MeetingStatus.REQUESTED) {
            Button accept = new Button(getTranslation("activity.action.accept"), click -> respond(meeting, true));
            accept.setId("accept-" + meeting.meetingId());
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            Button decline = new Button(getTranslation("activity.action.decline"), click -> respond(meeting, false));
            decline.setId("decline-" + meeting.meetingId());
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buttons.add(accept, decline);
        }
        boolean side = registration != null && (registration.registrationId().equals(meeting.requester())
                || registration.registrationId().equals(meeting.invitee()));
        if (side && meeting.slot() != null && meeting.startsAt() != null && !meeting.startsAt().isAfter(Instant.now())) {
            Button outcome = new Button(getTranslation("activity.action.recordOutcome"),
                    click -> recordOutcome(meeting, registration));
            outcome.setId("outcome-" + meeting.meetingId());
            outcome.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buttons.add(outcome);
        }
        if (side && (agreed(meeting.requesterOutcome()) || agreed(meeting.inviteeOutcome()))) {
            // What came of it may be a consortium: proposed from here, it records this meeting (ADR 018).
            Anchor propose = new Anchor("consortia?activity=" + activity.activityId() + "&meeting="
                    + meeting.meetingId(), getTranslation("activity.action.proposeConsortium"));
            propose.setId("propose-consortium-" + meeting.meetingId());
            buttons.add(propose);
        }
        return buttons;
    }

    private static boolean agreed(MeetingOutcome outcome) {
        return outcome == MeetingOutcome.INTENTION || outcome == MeetingOutcome.CONTRACT_SIGNED;
    }

    private void respond(MeetingView meeting, boolean accept) {
        commands.sendEdit(this, new RespondToMeetingRequestCommand(activity.activityId(), meeting.meetingId(),
                accept), null, conflict -> { });
    }

    private void buildSchedule() {
        commands.sendEdit(this, new BuildMeetingScheduleCommand(activity.activityId()), null, conflict -> { })
                .ifPresent(id -> CommandSender.success(this, getTranslation("activity.action.scheduleBuilt")));
    }

    private void recordOutcome(MeetingView meeting, RegistrationView side) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("activity.action.recordOutcome"));
        Select<MeetingOutcome> outcome = new Select<>();
        outcome.setItems(MeetingOutcome.values());
        outcome.setItemLabelGenerator(o -> Texts.enumValue(this, "activity.outcome", o));
        outcome.setLabel(getTranslation("activity.meetings.outcome"));
        outcome.setValue(MeetingOutcome.INTENTION);
        BigDecimalField value = new BigDecimalField(getTranslation("activity.meetings.value"));
        TextField note = new TextField(getTranslation("activity.meetings.note"));
        dialog.add(new FormLayout(outcome, value, note));
        Button save = new Button(getTranslation("common.save"), click -> commands.sendEdit(this,
                new RecordMeetingOutcomeCommand(activity.activityId(), meeting.meetingId(), side.registrationId(),
                        outcome.getValue(), value.getValue(), note.getValue()), (field, message) -> {
                    value.setErrorMessage(message);
                    value.setInvalid(true);
                }, conflict -> { }).ifPresent(id -> dialog.close()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private String slotText(MeetingView m) {
        return DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(Texts.SHANGHAI).format(m.startsAt()) + "–"
                + DateTimeFormatter.ofPattern("HH:mm").withZone(Texts.SHANGHAI).format(m.endsAt());
    }

    private String outcomeText(MeetingView m) {
        StringBuilder text = new StringBuilder();
        if (m.requesterOutcome() != null) {
            text.append(m.requesterOrganization()).append(ActivityTexts.colon())
                    .append(Texts.enumValue(this, "activity.outcome", m.requesterOutcome()))
                    .append(m.requesterValue() == null ? "" : " " + m.requesterValue().toPlainString());
        }
        if (m.inviteeOutcome() != null) {
            text.append(text.isEmpty() ? "" : Texts.english() ? "; " : "；").append(m.inviteeOrganization())
                    .append(ActivityTexts.colon())
                    .append(Texts.enumValue(this, "activity.outcome", m.inviteeOutcome()))
                    .append(m.inviteeValue() == null ? "" : " " + m.inviteeValue().toPlainString());
        }
        return text.toString();
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
