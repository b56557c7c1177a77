package org.clusterhub.ui.layout;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/** Server push over WebSocket, so that changes made in other cities appear without a reload. */
@Push
@Theme(themeClass = Lumo.class)
public class ClusterHubAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("ClusterHub");
        settings.addLink("stylesheet", "styles/clusterhub.css");
    }
}
