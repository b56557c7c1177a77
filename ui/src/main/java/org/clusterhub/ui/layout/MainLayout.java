package org.clusterhub.ui.layout;

import org.clusterhub.ui.dashboard.province.ProvinceDashboardNavigation;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.ui.project.library.ProjectLibraryNavigation;
import org.clusterhub.ui.consortium.list.ConsortiumListNavigation;
import org.clusterhub.ui.challenge.list.ChallengeListNavigation;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.activity.calendar.ActivityCalendarNavigation;
import org.clusterhub.ui.support.Texts;
import org.clusterhub.ui.supervision.evaluations.EvaluationListNavigation;
import org.clusterhub.ui.supervision.grants.MyGrantsNavigation;
import org.clusterhub.ui.supervision.accesses.ReplayAccessesNavigation;
import org.clusterhub.ui.operations.readmodels.ReadModelsNavigation;
import org.clusterhub.ui.supervision.integrity.IntegrityNavigation;
import org.clusterhub.ui.supervision.programmes.FundingProgrammesNavigation;
import org.clusterhub.ui.work.MyWorkNavigation;
import org.clusterhub.ui.zone.comparison.ZoneComparisonNavigation;

/** The frame of every signed-in screen: menu, who is signed in, language switch, sign out. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(CurrentActor currentActor, AuthenticationContext authentication, Queries queries,
                      LiveFeed liveFeed) {
        H1 title = new H1("ClusterHub");
        title.addClassName("app-title");

        HorizontalLayout header = new HorizontalLayout();
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.add(new DrawerToggle(), title);
        Span spacer = new Span();
        header.add(spacer);
        header.setFlexGrow(1, spacer);
        currentActor.get().ifPresent(actor -> header.add(whoAmI(actor)));
        header.add(new LanguageSwitch());
        Button logout = new Button(getTranslation("common.signOut"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("sign-out");
        header.add(logout);
        header.addClassName("app-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        // Work first: it is what a signed-in person came to do; the count follows changes live.
        currentActor.get().ifPresent(actor -> nav.addItem(MyWorkNavigation.menuItem(queries, liveFeed, actor)));
        currentActor.get().filter(Actor::isSupervisor).ifPresent(actor -> nav.addItem(new SideNavItem(
                getTranslation("nav.dashboard"), ProvinceDashboardNavigation.ROUTE, VaadinIcon.DASHBOARD.create())));
        SideNavItem library = new SideNavItem(getTranslation("nav.projectLibrary"), ProjectLibraryNavigation.ROUTE,
                VaadinIcon.ARCHIVES.create());
        library.setMatchNested(true);
        nav.addItem(library);
        nav.addItem(new SideNavItem(getTranslation("nav.clusters"), "clusters", VaadinIcon.CLUSTER.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.zones"), "zones", VaadinIcon.MAP_MARKER.create()));
        nav.addItem(new SideNavItem(getTranslation("zone.nav.comparison"), ZoneComparisonNavigation.ROUTE,
                VaadinIcon.SCALE.create()));
        nav.addItem(ConsortiumListNavigation.menuItem(getTranslation("nav.consortia")));
        nav.addItem(ChallengeListNavigation.menuItem(this));
        nav.addItem(ActivityCalendarNavigation.menuItem(this));
        nav.addItem(EvaluationListNavigation.menuItem(this));
        // Subsidies: supervisors keep the programmes; everyone else with a scope reads their grants.
        currentActor.get().filter(actor -> actor.role() != org.clusterhub.shared.Role.EXPERT).ifPresent(actor ->
                nav.addItem(actor.isSupervisor() ? FundingProgrammesNavigation.menuItem(this)
                        : MyGrantsNavigation.menuItem(this)));
        currentActor.get().filter(Actor::isSupervisor).ifPresent(actor -> nav.addItem(new SideNavItem(
                getTranslation("nav.integrity"), IntegrityNavigation.ROUTE, VaadinIcon.SHIELD.create())));
        currentActor.get().filter(Actor::isSupervisor).ifPresent(actor -> nav.addItem(new SideNavItem(
                getTranslation("nav.replayAccesses"), ReplayAccessesNavigation.ROUTE, VaadinIcon.EYE.create())));
        currentActor.get().filter(Actor::isSupervisor)
                .ifPresent(actor -> nav.addItem(ReadModelsNavigation.menuItem(this)));
        addToDrawer(nav);
    }

    private Span whoAmI(Actor actor) {
        Span who = new Span(actor.displayName() + " · " + Texts.role(this, actor.role())
                + (actor.city() == null ? "" : " · " + Texts.city(this, actor.city())));
        who.setId("current-user");
        who.addClassName("current-user");
        return who;
    }
}
