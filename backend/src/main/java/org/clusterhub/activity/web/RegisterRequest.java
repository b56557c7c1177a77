package org.clusterhub.activity.web;

import org.clusterhub.shared.City;

/** A member may leave out the organization and city: their own are used. */
record RegisterRequest(String organization, City organizationCity, String attendeeName, String attendeeContact) {
}
