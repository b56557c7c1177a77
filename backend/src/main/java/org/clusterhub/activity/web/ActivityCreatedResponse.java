package org.clusterhub.activity.web;

import org.clusterhub.activity.api.ActivityId;

record ActivityCreatedResponse(ActivityId activityId) {
}
