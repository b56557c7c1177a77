package org.clusterhub.zone.api;

import java.util.List;
import org.clusterhub.shared.City;

public record ZoneRegisteredEvent(
        ZoneId zoneId,
        Integer planNumber,
        String code,
        String nameZh,
        String nameEn,
        City city,
        ZoneKind kind,
        String aimsZh,
        String aimsEn,
        List<String> keyTasks,
        List<ZoneTarget> targets) {
}
