package org.clusterhub.shared;

/** A command sent by someone whose role or scope does not cover its target. Nothing is stored. */
public class AccessRefused extends RuntimeException {

    public AccessRefused(String commandName, String username) {
        super("access.refused: " + username + " may not send " + commandName);
    }
}
