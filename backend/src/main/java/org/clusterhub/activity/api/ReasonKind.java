package org.clusterhub.activity.api;

/** What made a partner suggestion; each kind has fixed points, shown with the suggestion. */
public enum ReasonKind {
    /** The partner offers something this registrant seeks. */
    OFFERS_WHAT_YOU_SEEK,
    /** The partner seeks something this registrant offers. */
    SEEKS_WHAT_YOU_OFFER,
    SHARED_TAG,
    /** Positions that trade with each other along the chain, e.g. chain leader and supplier. */
    COMPLEMENTARY_CHAIN_POSITION,
    SAME_CITY,
    SAME_CLUSTER
}
