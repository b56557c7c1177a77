package org.clusterhub.project.web;

import org.clusterhub.project.api.LibraryState;

/** A move between reserve and implementation, or out of the library (退出). */
record LibraryMoveRequest(LibraryState to, String reason) {
}
