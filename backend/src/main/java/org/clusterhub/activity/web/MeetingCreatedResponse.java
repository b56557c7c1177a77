package org.clusterhub.activity.web;

import org.clusterhub.activity.api.MeetingId;

record MeetingCreatedResponse(MeetingId meetingId) {
}
