package org.clusterhub.activity.web;

record CheckInRequest(String code) {
}
