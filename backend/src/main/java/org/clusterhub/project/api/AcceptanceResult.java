package org.clusterhub.project.api;

public enum AcceptanceResult {
    PASS,
    PASS_WITH_CONDITIONS,
    FAIL
}
