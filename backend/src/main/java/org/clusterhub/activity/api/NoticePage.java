package org.clusterhub.activity.api;

import java.util.List;

public record NoticePage(
        List<ActivityNotice> items,
        long total) {
}
