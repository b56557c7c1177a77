package org.clusterhub.project.web;

/** 申报: submitted as the caller last saw it. */
record SubmitRequest(Long expectedVersion) {
}
