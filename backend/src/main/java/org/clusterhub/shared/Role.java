package org.clusterhub.shared;

/** What a person does in ClusterHub; the scope of an {@link Actor} says where they may do it. */
public enum Role {
    /** Provincial department (省工信厅): may act on every cluster, zone and city. */
    SUPERVISOR,
    /** Staff of a cluster's promotion organization: acts on the cluster(s) in their scope. */
    PROMOTION_STAFF,
    /** Coordinator of one prefecture-level city: acts on that city's data only. */
    CITY_COORDINATOR,
    /** Enterprise, university, institute or platform member: acts on behalf of their organization. */
    MEMBER,
    /** An expert of the provincial pool (专家库): acts only on reviews they were drawn for. */
    EXPERT,
    /** ClusterHub itself, e.g. when it loads the plan's reference data at first start. */
    SYSTEM
}
