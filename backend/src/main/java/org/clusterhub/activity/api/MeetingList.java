package org.clusterhub.activity.api;

import java.util.List;

public record MeetingList(
        List<MeetingView> items) {
}
