package org.clusterhub.zone.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.clusterhub.shared.City;
import org.clusterhub.zone.api.ZoneKind;
import org.clusterhub.zone.api.ZoneTarget;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** The read model of one zone: directory row and detail page. Written only by {@link ZoneCatalogProjection}. */
@Document("zones")
class ZoneDocument {
    @Id
    String id;
    long version;
    Integer planNumber;
    /** Plan number, or 1000 for zones added later, so that the directory keeps the plan's order. */
    @Indexed
    int sortOrder;
    /**
     * Not unique: zones registered later get random ids, so nothing upstream stops a repeated code, and a unique
     * index would make the projection drop the second zone instead of showing both.
     */
    @Indexed
    String code;
    String nameZh;
    String nameEn;
    @Indexed
    City city;
    @Indexed
    ZoneKind kind;
    String aimsZh;
    String aimsEn;
    List<String> keyTasks = new ArrayList<>();
    List<ZoneTarget> targets = new ArrayList<>();
    /** Lower-case names, code, aims, key tasks and target indicators, for the text filter. */
    String searchText;
    Instant lastChangedAt;
}
