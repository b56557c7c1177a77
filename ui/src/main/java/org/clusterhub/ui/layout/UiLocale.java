package org.clusterhub.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Chinese first: every UI starts in zh-CN unless the person chose English before (remembered in a cookie and in
 * the session), whatever language the browser prefers.
 */
@Component
public class UiLocale implements VaadinServiceInitListener {

    static final String COOKIE = "clusterhub-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(initialLocale()));
    }

    private static Locale initialLocale() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(Locale.class) != null) {
            return session.getAttribute(Locale.class);
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getCookies() != null) {
            return Arrays.stream(request.getCookies())
                    .filter(cookie -> COOKIE.equals(cookie.getName()))
                    .map(Cookie::getValue)
                    .map(UiLocale::parse)
                    .findFirst()
                    .orElse(MessageSourceI18NProvider.CHINESE);
        }
        return MessageSourceI18NProvider.CHINESE;
    }

    static Locale parse(String tag) {
        return "en".equals(tag) ? Locale.ENGLISH : MessageSourceI18NProvider.CHINESE;
    }

    /**
     * Switches the session's language, remembers it in the browser, and reloads the page so that every view is
     * rebuilt in the new language (views render their texts once, when built).
     */
    public static void switchTo(UI ui, Locale locale) {
        Locale chosen = locale.getLanguage().equals("en") ? Locale.ENGLISH : MessageSourceI18NProvider.CHINESE;
        ui.getSession().setAttribute(Locale.class, chosen);
        ui.setLocale(chosen);
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax';"
                + "window.location.reload();", COOKIE, chosen.getLanguage());
    }
}
