package org.clusterhub.subsidy.web;

record ReasonRequest(String reason) {
}
