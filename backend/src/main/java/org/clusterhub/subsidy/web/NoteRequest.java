package org.clusterhub.subsidy.web;

record NoteRequest(String note) {
}
