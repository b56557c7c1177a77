package org.clusterhub.project.web;

import org.clusterhub.project.api.LibraryState;

/** 增补: a project added to the library outside the approval path. */
record LibraryEntryRequest(LibraryState state, String reason) {
}
