package org.clusterhub.app.ui.zone;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.clusterhub.zone.api.FindZoneMonitoringQuery;
import org.clusterhub.zone.api.FindZoneQuery;
import org.clusterhub.zone.api.ReportZoneIndicatorValueCommand;
import org.clusterhub.zone.api.SetZoneTargetsCommand;
import org.clusterhub.zone.api.ZoneDetails;
import org.clusterhub.zone.api.ZoneId;
import org.clusterhub.zone.api.ZoneMonitoringView;
import org.clusterhub.zone.api.ZoneTarget;
import org.springframework.context.ApplicationContext;

/**
 * Sets a zone up for a test through the real command bus, as the people who would do it: a supervisor sets a target
 * whose indicator name is unique to the test (tests share one context), the city's coordinator reports values.
 */
public final class ZoneScenario {

    public static final Actor SUPERVISOR = new Actor("u-supervisor", "supervisor", "省工信厅 督导员",
            Role.SUPERVISOR, Set.of(), City.JINAN, "山东省工业和信息化厅");

    private final CommandGateway commands;
    private final QueryGateway queries;

    public ZoneScenario(ApplicationContext context) {
        this.commands = context.getBean(CommandGateway.class);
        this.queries = context.getBean(QueryGateway.class);
    }

    public static Actor coordinatorOf(City city, String username) {
        return new Actor("u-" + username, username, username + " 协调员", Role.CITY_COORDINATOR, Set.of(), city,
                city.name() + " 工信局");
    }

    /** Sets a single target (an indicator named {@code prefix} plus a random suffix); answers the indicator name. */
    public String target(ZoneId zone, String prefix, String comparator, String value, String unit, int year) {
        String indicator = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        ZoneDetails current = details(zone);
        send(new SetZoneTargetsCommand(zone, current.city(), List.of(new ZoneTarget(indicator, null, comparator,
                new BigDecimal(value), unit, year)), "测试设定", null), SUPERVISOR);
        return indicator;
    }

    public void report(ZoneId zone, Actor coordinator, String indicator, String period, String value) {
        send(new ReportZoneIndicatorValueCommand(zone, coordinator.city(), UUID.randomUUID().toString(), indicator,
                period, new BigDecimal(value), "统计快报"), coordinator);
    }

    public ZoneDetails details(ZoneId zone) {
        return queries.query(new FindZoneQuery(zone), ResponseTypes.optionalInstanceOf(ZoneDetails.class)).join()
                .orElseThrow();
    }

    /** The monitoring read model once it has caught up with the zone's latest event. */
    public ZoneMonitoringView monitoring(ZoneId zone, long atLeastVersion) {
        return queries.query(new FindZoneMonitoringQuery(zone, atLeastVersion),
                ResponseTypes.optionalInstanceOf(ZoneMonitoringView.class)).join().orElseThrow();
    }

    public void send(Object command, Actor actor) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(actor)),
                10, TimeUnit.SECONDS);
    }

    public static ZoneId zone(String code) {
        return ZoneId.forPlanCode(code);
    }

    public static BigDecimal number(String text) {
        return new BigDecimal(text);
    }
}
