package org.clusterhub.ui.supervision.programme;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import org.clusterhub.subsidy.api.FundingProgrammeId;

/** The route of one funding programme's page: {@code subsidies/<id>}. */
public final class ProgrammeNavigation {

    public static final String ROUTE = "subsidies";

    private ProgrammeNavigation() {
    }

    public static String path(FundingProgrammeId id) {
        return ROUTE + "/" + id;
    }

    public static void open(UI ui, FundingProgrammeId id) {
        ui.navigate(ProgrammeDetailView.class, new RouteParameters("programmeId", id.toString()));
    }
}
