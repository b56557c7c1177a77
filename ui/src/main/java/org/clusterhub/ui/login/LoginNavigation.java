package org.clusterhub.ui.login;

import com.vaadin.flow.component.Component;

/** The sign-in screen, for the security configuration. */
public final class LoginNavigation {

    public static final Class<? extends Component> LOGIN_VIEW = LoginView.class;

    private LoginNavigation() {
    }
}
