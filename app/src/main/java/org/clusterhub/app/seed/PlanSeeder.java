package org.clusterhub.app.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.RegisterClusterCommand;
import org.clusterhub.zone.api.RegisterZoneCommand;
import org.clusterhub.zone.api.ZoneId;
import org.clusterhub.zone.api.ZoneTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the plan's 20 clusters and 6 zones from the data file in the repository, through commands, on first start.
 * Later starts find the aggregates in the event store and send nothing.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "clusterhub.seed.plan", havingValue = "true", matchIfMissing = true)
class PlanSeeder implements org.springframework.boot.ApplicationRunner {

    static final String PLAN_FILE = "seed/plan-2021-2025.json";
    private static final Logger log = LoggerFactory.getLogger(PlanSeeder.class);

    private final SystemCommands system;

    PlanSeeder(SystemCommands system) {
        this.system = system;
    }

    static PlanData readPlan() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = new ClassPathResource(PLAN_FILE).getInputStream()) {
            return json.readValue(in, PlanData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PLAN_FILE, e);
        }
    }

    @Override
    public void run(org.springframework.boot.ApplicationArguments args) {
        PlanData plan = readPlan();
        int created = 0;
        for (PlanData.PlanCluster c : plan.clusters()) {
            ClusterId id = ClusterId.forPlanCode(c.code());
            if (system.createOnce(id.toString(), new RegisterClusterCommand(id, c.number(), c.code(), c.nameZh(),
                    c.nameEn(), c.level(), c.promotionOrganization(), c.centerCities(), c.keyCities(),
                    c.radiatedCities(), c.leadingEnterprises(), c.supportingPlatforms(), c.focusAreas(),
                    c.focusAreasEn()))) {
                created++;
            }
        }
        for (PlanData.PlanZone z : plan.zones()) {
            ZoneId id = ZoneId.forPlanCode(z.code());
            List<ZoneTarget> targets = z.targets().stream()
                    .map(t -> new ZoneTarget(t.indicatorZh(), t.indicatorEn(), t.comparator(), t.value(), t.unit(),
                            t.year()))
                    .toList();
            if (system.createOnce(id.toString(), new RegisterZoneCommand(id, z.number(), z.code(), z.nameZh(),
                    z.nameEn(), z.city(), z.kind(), z.aimsZh(), z.aimsEn(), z.keyTasks(), targets))) {
                created++;
            }
        }
        log.info("Plan reference data: {} clusters, {} zones in the file; {} aggregates created now",
                plan.clusters().size(), plan.zones().size(), created);
    }
}
