package org.clusterhub.consortium.api;

/** An organization's role in a consortium: the one lead (牵头单位), core members (核心成员) and participants (参与单位). */
public enum MemberRole {
    LEAD,
    CORE,
    PARTICIPANT
}
