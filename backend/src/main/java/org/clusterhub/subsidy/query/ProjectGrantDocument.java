package org.clusterhub.subsidy.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A grant to a project, for telling its programme when the project meets a condition. Written only by
 * {@link SubsidyConditionProjection}.
 */
@Document("subsidy_project_grants")
record ProjectGrantDocument(@Id String id, String programmeId, @Indexed String projectId, boolean active) {
}
