package org.clusterhub.identity.api;

import java.util.Set;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;

public record UserAccountRegisteredEvent(UserAccountId userAccountId, String username, String displayName,
                                         String passwordHash, Role role, Set<String> clusterIds, City city,
                                         String organization) {
}
