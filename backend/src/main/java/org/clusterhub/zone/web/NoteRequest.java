package org.clusterhub.zone.web;

/** Body of a status step that needs a note: the ministry's acceptance, a reason. */
public record NoteRequest(String note) {
}
