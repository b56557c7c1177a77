package org.clusterhub.project.web;

/** An objection during publicity, with the real name and organization of whoever raises it. */
record ObjectionRequest(String realName, String organization, String text) {
}
