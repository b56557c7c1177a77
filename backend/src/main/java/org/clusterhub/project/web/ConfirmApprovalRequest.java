package org.clusterhub.project.web;

import org.clusterhub.project.api.LibraryState;

/** 立项: the library state the approved project enters (RESERVE or IMPLEMENTATION). */
record ConfirmApprovalRequest(LibraryState libraryState) {
}
