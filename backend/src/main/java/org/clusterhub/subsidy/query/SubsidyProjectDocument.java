package org.clusterhub.subsidy.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.LibraryState;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.shared.City;
import org.clusterhub.subsidy.api.SubsidyMilestone;
import org.clusterhub.subsidy.api.SubsidyProject;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A project as the funding programmes know it. Written only by {@link SubsidyConditionProjection}. */
@Document("subsidy_projects")
class SubsidyProjectDocument {
    @Id
    String id;
    String title;
    String clusterId;
    City city;
    String leadOrganization;
    @Indexed
    LibraryState libraryState;
    boolean approved;
    boolean accepted;
    List<Milestone> milestones = new ArrayList<>();
    /** Lower-case title and lead organization, for the project picker's text filter. */
    String search;

    static class Milestone {
        String id;
        String title;
        boolean completed;
    }

    Milestone milestone(String milestoneId) {
        return milestones.stream().filter(m -> m.id.equals(milestoneId)).findFirst().orElse(null);
    }

    void index() {
        search = ((title == null ? "" : title) + " " + (leadOrganization == null ? "" : leadOrganization))
                .toLowerCase(Locale.ROOT);
    }

    SubsidyProject toView() {
        return new SubsidyProject(ProjectId.of(id), title, clusterId == null ? null : ClusterId.of(clusterId), city,
                leadOrganization, libraryState, approved, accepted, milestones.stream()
                .map(m -> new SubsidyMilestone(m.id, m.title, m.completed)).toList());
    }
}
