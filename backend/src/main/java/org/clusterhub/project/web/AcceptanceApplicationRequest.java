package org.clusterhub.project.web;

/** 验收申请: what the project has delivered. */
record AcceptanceApplicationRequest(String summary) {
}
