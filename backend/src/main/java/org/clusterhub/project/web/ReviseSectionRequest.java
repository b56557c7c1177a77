package org.clusterhub.project.web;

/** The new text of a section (AIMS or CONTENT), against the version of that section the editor saw. */
record ReviseSectionRequest(String text, Long expectedVersion) {
}
