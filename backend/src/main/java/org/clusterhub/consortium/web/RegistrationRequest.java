package org.clusterhub.consortium.web;

/** The filing number of the registration (备案) and an optional note. */
record RegistrationRequest(String registrationNumber, String note) {
}
