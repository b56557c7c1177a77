package org.clusterhub.dashboard.web;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.dashboard.api.FindProvinceDashboardQuery;
import org.clusterhub.dashboard.api.ProvinceDashboard;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.AsOfDay;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The province dashboard for API clients (supervisors): live, or as things stood at the end of a day (Asia/Shanghai),
 * rebuilt from the event store.
 *
 * @see <a href="../../../../../../../../docs/decisions/016-province-dashboard.md">ADR 016</a>
 */
@RestController
@RequestMapping("/api/dashboard")
@Tag(name = "Dashboard", description = "The plan's 2025 targets and figures per cluster, city and quarter")
class DashboardController {

    private static final long TIMEOUT_SECONDS = 20;

    private final QueryGateway queries;
    private final CurrentActor currentActor;

    DashboardController(QueryGateway queries, CurrentActor currentActor) {
        this.queries = queries;
        this.currentActor = currentActor;
    }

    @GetMapping
    @Operation(summary = "The province dashboard (supervisors): targets, per cluster and city, quarterly trends; "
            + "amounts in 万元")
    ProvinceDashboard dashboard(@Parameter(description = "as it stood at the end of this day (Asia/Shanghai), "
            + "rebuilt from the event store; live when absent") @RequestParam(required = false) LocalDate asOf)
            throws Exception {
        Actor actor = currentActor.require();
        if (actor.role() != Role.SUPERVISOR) {
            throw new AccessRefused("FindProvinceDashboardQuery", actor.username());
        }
        return queries.query(new FindProvinceDashboardQuery(asOf == null ? null : AsOfDay.endOf(asOf)),
                ResponseTypes.instanceOf(ProvinceDashboard.class)).get(TIMEOUT_SECONDS, SECONDS);
    }
}
