package org.clusterhub.activity.web;

import org.clusterhub.activity.api.RegistrationId;

record MeetingRequestRequest(RegistrationId requester, RegistrationId invitee, String message) {
}
