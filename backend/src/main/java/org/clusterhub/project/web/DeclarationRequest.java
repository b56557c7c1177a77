package org.clusterhub.project.web;

/** An expert's declaration of (no) conflict of interest. */
record DeclarationRequest(boolean conflicted, String note) {
}
