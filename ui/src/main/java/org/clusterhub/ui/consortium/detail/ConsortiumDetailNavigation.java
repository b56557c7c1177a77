package org.clusterhub.ui.consortium.detail;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import org.clusterhub.consortium.api.ConsortiumId;

/** The route of one consortium's page. */
public final class ConsortiumDetailNavigation {

    public static final String ROUTE = "consortia";

    private ConsortiumDetailNavigation() {
    }

    public static String location(ConsortiumId id) {
        return ROUTE + "/" + id;
    }

    public static void open(UI ui, ConsortiumId id) {
        ui.navigate(ConsortiumDetailView.class, new RouteParameters("consortiumId", id.toString()));
    }
}
