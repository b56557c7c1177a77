package org.clusterhub.activity.api;

import java.time.Instant;
import org.clusterhub.shared.City;

public record ActivityNotice(
        String noticeId,
        ActivityId activityId,
        String activityTitle,
        NoticeKind kind,
        String reason,
        Instant startsAt,
        Instant endsAt,
        City city,
        String venue,
        boolean online,
        RegistrationId registrationId,
        Instant at) {
}
