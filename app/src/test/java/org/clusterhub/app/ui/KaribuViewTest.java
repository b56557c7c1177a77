package org.clusterhub.app.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.clusterhub.infrastructure.security.ClusterHubUser;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Server-side view tests with Karibu: the real views in the real Spring context (real stores), a mocked browser.
 * Subclasses are {@code @IntegrationTest}s; they sign in as a demo account and open a route.
 */
public abstract class KaribuViewTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.clusterhub.ui");

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected UserDetailsService users;

    /** Signs in as a demo account (password irrelevant here) and starts a mocked UI in the given language. */
    protected void openAs(String username, Locale locale) {
        ClusterHubUser user = (ClusterHubUser) users.loadUserByUsername(username);
        securityContexts().getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        // Vaadin's view access control asks the servlet request, which Spring Security's filter would normally wrap.
        ServletRequest wrapped = (VaadinServletRequest) VaadinRequest.getCurrent();
        while (!(wrapped instanceof FakeRequest) && wrapped instanceof ServletRequestWrapper wrapper) {
            wrapped = wrapper.getRequest();
        }
        FakeRequest request = (FakeRequest) wrapped;
        request.setUserPrincipalInt(securityContexts().getContext().getAuthentication());
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
        UI.getCurrent().getSession().setAttribute(Locale.class, locale);
        UI.getCurrent().setLocale(locale);
    }

    protected static Actor actorOf(String username, Role role, City city) {
        return new Actor(username, username, username, role, java.util.Set.of(), city, null);
    }

    /** This context's strategy: another Spring context in the JVM may have replaced the static holder's. */
    private SecurityContextHolderStrategy securityContexts() {
        return context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfUnique(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Ends the mocked browser session, e.g. to sign in as someone else within one test. */
    protected void signOut() {
        MockVaadin.tearDown();
        if (context != null) {
            securityContexts().clearContext();
        }
    }

    @AfterEach
    void tearDownVaadin() {
        signOut();
    }
}
