package org.clusterhub.ui.activity.mine;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.clusterhub.activity.api.ActivityNotice;
import org.clusterhub.activity.api.FindActivityNoticesQuery;
import org.clusterhub.activity.api.FindOrganizationRegistrationsQuery;
import org.clusterhub.activity.api.NoticeKind;
import org.clusterhub.activity.api.NoticePage;
import org.clusterhub.activity.api.RegistrationPage;
import org.clusterhub.activity.api.RegistrationStatus;
import org.clusterhub.activity.api.RegistrationView;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.ui.activity.ActivityTexts;
import org.clusterhub.ui.activity.detail.ActivityDetailNavigation;
import org.clusterhub.ui.support.LiveLink;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * A member's activity inbox: notices (time or place changed, cancelled with the reason, moved up from the waiting
 * list, approved or rejected) and the organization's registrations, newest first, paged on the server; live.
 */
@Route(MyActivitiesNavigation.ROUTE)
@PermitAll
public class MyActivitiesView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<ActivityNotice> notices = new Grid<>();
    private final Grid<RegistrationView> registrations = new Grid<>();

    public MyActivitiesView(Queries queries, LiveFeed liveFeed, CurrentActor currentActor) {
        setSizeFull();
        String organization = currentActor.get().map(Actor::organization).orElse("\u0000nobody");
        notices.setId("notices-grid");
        notices.addColumn(n -> Texts.dateTime(this, n.at())).setHeader(getTranslation("activity.mine.at"))
                .setAutoWidth(true);
        notices.addColumn(n -> Texts.enumValue(this, "activity.notice", n.kind()))
                .setHeader(getTranslation("activity.mine.notice")).setAutoWidth(true);
        notices.addColumn(ActivityNotice::activityTitle).setHeader(getTranslation("activity.column.title"))
                .setFlexGrow(2);
        notices.addColumn(this::noticeDetail).setHeader(getTranslation("activity.mine.detail")).setFlexGrow(3);
        notices.setItems(DataProvider.fromCallbacks(
                q -> queries.one(new FindActivityNoticesQuery(organization, q.getOffset(), q.getLimit()),
                        NoticePage.class).items().stream(),
                q -> (int) queries.one(new FindActivityNoticesQuery(organization, 0, 1), NoticePage.class).total()));
        notices.addItemClickListener(e -> UI.getCurrent().navigate(
                ActivityDetailNavigation.location(e.getItem().activityId())));
        notices.setHeight("40%");

        registrations.setId("my-registrations-grid");
        registrations.addColumn(RegistrationView::activityTitle).setHeader(getTranslation("activity.column.title"))
                .setFlexGrow(2);
        registrations.addColumn(r -> r.activityStartsAt() == null ? ""
                        : ActivityTexts.when(this, r.activityStartsAt(), r.activityEndsAt()))
                .setHeader(getTranslation("activity.column.when")).setAutoWidth(true);
        registrations.addColumn(RegistrationView::attendeeName).setHeader(getTranslation("activity.registrations.name"))
                .setAutoWidth(true);
        registrations.addColumn(r -> Texts.enumValue(this, "activity.registration.status", r.status())
                        + (r.status() == RegistrationStatus.WAITING
                        ? " " + getTranslation("activity.registrations.position", r.waitingPosition()) : ""))
                .setHeader(getTranslation("activity.registrations.status")).setAutoWidth(true);
        registrations.addColumn(RegistrationView::checkInCode).setHeader(getTranslation("activity.registrations.code"))
                .setAutoWidth(true);
        registrations.setItems(DataProvider.fromCallbacks(
                q -> queries.one(new FindOrganizationRegistrationsQuery(organization, q.getOffset(), q.getLimit()),
                        RegistrationPage.class).items().stream(),
                q -> (int) queries.one(new FindOrganizationRegistrationsQuery(organization, 0, 1),
                        RegistrationPage.class).total()));
        registrations.addItemClickListener(e -> UI.getCurrent().navigate(
                ActivityDetailNavigation.location(e.getItem().activityId())));
        add(new H2(getTranslation("activity.mine.title")), new H3(getTranslation("activity.mine.notices")), notices,
                new H3(getTranslation("activity.mine.registrations")), registrations);
        setFlexGrow(1, registrations);
        LiveLink.whileAttached(this, ui -> liveFeed.subscribeToType("Activity", event -> ui.access(() -> {
            notices.getDataProvider().refreshAll();
            registrations.getDataProvider().refreshAll();
        })));
    }

    private String noticeDetail(ActivityNotice n) {
        if (n.kind() == NoticeKind.CANCELLED || n.kind() == NoticeKind.REJECTED) {
            return getTranslation("activity.mine.reason", n.reason() == null ? "" : n.reason());
        }
        return ActivityTexts.when(this, n.startsAt(), n.endsAt()) + " · "
                + ActivityTexts.place(this, n.city(), n.venue(), n.online());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.mine.title") + " · ClusterHub";
    }
}
