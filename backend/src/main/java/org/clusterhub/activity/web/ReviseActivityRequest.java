package org.clusterhub.activity.web;

import java.time.Instant;
import java.util.List;
import org.clusterhub.activity.api.CoOrganizer;
import org.clusterhub.shared.City;

/** The whole new set of details (fields left out are refused as invalid, not kept). */
record ReviseActivityRequest(String title, String description, City city, String venue, boolean online, Instant startsAt, Instant endsAt, int capacity, Instant registrationOpensAt, Instant registrationClosesAt, boolean approvalRequired, List<CoOrganizer> coOrganizers, int meetingTables, int meetingSlotMinutes) {
}
