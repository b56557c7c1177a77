package org.clusterhub.project.web;

/** 退回修改, with comments for the project's staff. */
record ReturnRequest(String comments) {
}
