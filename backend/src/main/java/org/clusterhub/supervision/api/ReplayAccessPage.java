package org.clusterhub.supervision.api;

import java.util.List;

public record ReplayAccessPage(List<ReplayAccessView> items, long total) {
}
