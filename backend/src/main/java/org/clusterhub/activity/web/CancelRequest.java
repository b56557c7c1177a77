package org.clusterhub.activity.web;

record CancelRequest(String reason) {
}
