package org.clusterhub.project.api;

public enum ParticipantRole {
    /** 牵头单位 */
    LEAD,
    /** 参与单位 */
    PARTNER
}
