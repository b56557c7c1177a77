package org.clusterhub.challenge.api;

/** The province's first-of-a-kind recognitions a challenge's result can be registered for. */
public enum FirstOfAKindKind {
    /** 首台（套）装备 */
    EQUIPMENT,
    /** 首批次新材料 */
    MATERIAL,
    /** 首版次软件 */
    SOFTWARE
}
