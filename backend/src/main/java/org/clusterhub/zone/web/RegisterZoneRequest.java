package org.clusterhub.zone.web;

import java.util.List;
import org.clusterhub.shared.City;
import org.clusterhub.zone.api.ZoneKind;
import org.clusterhub.zone.api.ZoneTarget;

/** Body of {@code POST /api/zones}. The server generates the id; the command validates the values. */
public record RegisterZoneRequest(Integer planNumber, String code, String nameZh, String nameEn, City city,
                                  ZoneKind kind, String aimsZh, String aimsEn, List<String> keyTasks,
                                  List<ZoneTarget> targets) {
}
