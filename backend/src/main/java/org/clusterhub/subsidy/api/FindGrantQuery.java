package org.clusterhub.subsidy.api;

import org.clusterhub.shared.Actor;

/** One grant, if {@code viewer} may read it; answered with an optional {@link GrantView}. */
public record FindGrantQuery(GrantId grantId, Actor viewer) {
}
