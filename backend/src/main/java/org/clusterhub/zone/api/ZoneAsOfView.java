package org.clusterhub.zone.api;

/**
 * A zone at one point of its history, as its page showed it then: the details ({@link FindZoneQuery}) and the
 * creation status, indicators and tasks ({@link FindZoneMonitoringQuery}, on-track judged as of the point's day).
 */
public record ZoneAsOfView(ZoneDetails details, ZoneMonitoringView monitoring) {
}
