package org.clusterhub.activity.api;

import java.util.List;

public record RegistrationPage(
        List<RegistrationView> items,
        long total) {
}
