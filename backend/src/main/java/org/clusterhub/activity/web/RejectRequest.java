package org.clusterhub.activity.web;

record RejectRequest(String reason) {
}
