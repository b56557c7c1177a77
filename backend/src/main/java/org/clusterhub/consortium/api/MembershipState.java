package org.clusterhub.consortium.api;

/** One organization's standing in a consortium, as the membership board shows it. */
public enum MembershipState {
    INVITED,
    DECLINED,
    WITHDRAWN,
    APPLIED,
    REJECTED,
    MEMBER,
    LEFT
}
