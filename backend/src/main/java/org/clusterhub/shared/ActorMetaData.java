package org.clusterhub.shared;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.messaging.MetaData;

/** Writes an {@link Actor} into message metadata and reads it back. */
public final class ActorMetaData {

    private ActorMetaData() {
    }

    public static MetaData of(Actor actor) {
        Map<String, String> values = new HashMap<>();
        values.put(MetaDataKeys.USER_ID, actor.userId());
        values.put(MetaDataKeys.USERNAME, actor.username());
        values.put(MetaDataKeys.DISPLAY_NAME, actor.displayName());
        values.put(MetaDataKeys.ROLE, actor.role().name());
        values.put(MetaDataKeys.CLUSTER_IDS, String.join(",", actor.clusterIds()));
        if (actor.organization() != null) {
            values.put(MetaDataKeys.ORGANIZATION, actor.organization());
        }
        if (actor.city() != null) {
            values.put(MetaDataKeys.CITY, actor.city().name());
        }
        return MetaData.from(values);
    }

    public static boolean present(MetaData metaData) {
        return metaData.containsKey(MetaDataKeys.USERNAME) && metaData.containsKey(MetaDataKeys.ROLE);
    }

    public static Actor from(MetaData metaData) {
        String clusters = (String) metaData.getOrDefault(MetaDataKeys.CLUSTER_IDS, "");
        Set<String> clusterIds = clusters.isBlank() ? Set.of()
                : Arrays.stream(clusters.split(",")).collect(Collectors.toSet());
        Object city = metaData.get(MetaDataKeys.CITY);
        return new Actor((String) metaData.get(MetaDataKeys.USER_ID), (String) metaData.get(MetaDataKeys.USERNAME),
                (String) metaData.get(MetaDataKeys.DISPLAY_NAME), Role.valueOf((String) metaData.get(MetaDataKeys.ROLE)),
                clusterIds, city == null ? null : City.valueOf(city.toString()),
                (String) metaData.get(MetaDataKeys.ORGANIZATION));
    }
}
