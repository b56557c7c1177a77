package org.clusterhub.ui.activity.checkin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.clusterhub.activity.api.ActivityId;
import org.clusterhub.activity.api.ActivityView;
import org.clusterhub.activity.api.CheckInAttendeeCommand;
import org.clusterhub.activity.api.FindActivityQuery;
import org.clusterhub.activity.api.FindRegistrationQuery;
import org.clusterhub.activity.api.RegistrationId;
import org.clusterhub.activity.api.RegistrationView;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.ui.activity.ActivityScope;
import org.clusterhub.ui.activity.calendar.ActivityCalendarNavigation;
import org.clusterhub.ui.activity.detail.ActivityDetailNavigation;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.LiveLink;
import org.clusterhub.ui.support.Queries;

/**
 * The door, sized for a phone: staff type the code (or a scanner types it, ending with Enter); the screen greets
 * the person or says clearly why not (already checked in at what time, another event's code, waiting list, ...), and
 * shows the live count of people checked in.
 */
@Route(CheckInNavigation.ROUTE + "/:activityId/check-in")
@PermitAll
public class CheckInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CheckInView.class);

    private final Queries queries;
    private final CommandGateway gateway;
    private final Optional<Actor> actor;
    private final LiveLink live;
    private ActivityView activity;
    private final H3 title = new H3();
    private final TextField code = new TextField();
    private final Div result = new Div();
    private final Span count = new Span();

    public CheckInView(Queries queries, CommandGateway gateway, LiveFeed liveFeed, CurrentActor currentActor) {
        this.queries = queries;
        this.gateway = gateway;
        this.actor = currentActor.get();
        setMaxWidth("28rem");
        getStyle().set("margin", "0 auto");
        setAlignItems(FlexComponent.Alignment.STRETCH);
        title.setId("check-in-title");
        code.setLabel(getTranslation("activity.checkIn.code"));
        code.setId("check-in-code");
        code.setAutofocus(true);
        code.setClearButtonVisible(true);
        code.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        code.addKeyPressListener(Key.ENTER, e -> checkIn());
        Button submit = new Button(getTranslation("activity.checkIn.submit"), VaadinIcon.SIGN_IN.create(),
                click -> checkIn());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setId("check-in-submit");
        result.setId("check-in-result");
        result.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("font-size", "var(--lumo-font-size-l)").set("min-height", "3rem");
        count.setId("check-in-count");
        count.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        add(title, code, submit, result, count);
        live = LiveLink.whileAttached(this, ui -> activity == null ? null
                : liveFeed.subscribe(activity.activityId().toString(), event -> {
                    Optional<ActivityView> fresh = queries.optional(new FindActivityQuery(activity.activityId(),
                            event.sequenceNumber()), ActivityView.class);
                    ui.access(() -> fresh.ifPresent(this::showCount));
                }));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ActivityView> found = event.getRouteParameters().get("activityId").flatMap(text -> {
            try {
                return Optional.of(ActivityId.of(text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }).flatMap(id -> queries.optional(new FindActivityQuery(id), ActivityView.class))
                .filter(a -> ActivityScope.isOrganizer(actor, a));
        if (found.isEmpty()) {
            CommandSender.error(this, getTranslation("activity.detail.notFound"));
            event.forwardTo(ActivityCalendarNavigation.ROUTE);
            return;
        }
        activity = found.get();
        title.removeAll();
        title.add(new Anchor(ActivityDetailNavigation.location(activity.activityId()), activity.title()));
        showCount(activity);
        getUI().ifPresent(live::reopen);
    }

    private void showCount(ActivityView fresh) {
        if (fresh.version() >= activity.version()) {
            activity = fresh;
        }
        count.setText(getTranslation("activity.checkIn.count", activity.checkedIn(), activity.confirmed()));
    }

    private void checkIn() {
        String typed = code.getValue().strip();
        if (typed.isEmpty()) {
            return;
        }
        try {
            RegistrationId registrationId = sendRetryingLostRaces(new CheckInAttendeeCommand(activity.activityId(),
                    typed));
            Optional<RegistrationView> who = queries.optional(new FindRegistrationQuery(registrationId, 0),
                    RegistrationView.class);
            show(true, getTranslation("activity.checkIn.welcome",
                    who.map(RegistrationView::attendeeName).orElse(""),
                    who.map(RegistrationView::organization).orElse("")));
            code.clear();
        } catch (RuntimeException e) {
            Throwable failure = e instanceof CommandExecutionException && e.getCause() != null ? e.getCause() : e;
            if (failure instanceof DomainRuleViolation rule) {
                show(false, getTranslation(rule.messageKey(), rule.arguments()));
            } else if (failure instanceof AccessRefused) {
                show(false, getTranslation("common.error.forbidden"));
            } else {
                log.error("check-in failed", failure);
                show(false, getTranslation("common.error.unexpected"));
            }
            code.focus();
        }
    }

    /**
     * Two doors checking people in at once can lose the append race on the store's (aggregate, sequence) key: the
     * same command goes again and the reloaded activity decides (ADR 010).
     */
    private RegistrationId sendRetryingLostRaces(CheckInAttendeeCommand command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command), 15, TimeUnit.SECONDS);
            } catch (RuntimeException e) {
                Throwable failure = e instanceof CommandExecutionException && e.getCause() != null ? e.getCause() : e;
                boolean lostRace = failure instanceof org.axonframework.modelling.command.ConcurrencyException
                        && !(failure instanceof org.axonframework.modelling.command.ConflictingAggregateVersionException);
                if (!lostRace || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private void show(boolean ok, String text) {
        result.setText(text);
        result.getElement().setAttribute("data-ok", String.valueOf(ok));
        result.getStyle().set("background", ok ? "var(--lumo-success-color-10pct)" : "var(--lumo-error-color-10pct)")
                .set("color", ok ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        UI.getCurrent().getPage().executeJs("navigator.vibrate && navigator.vibrate($0)", ok ? 80 : 300);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.checkIn.title") + " · ClusterHub";
    }
}
