package org.clusterhub.shared;

import java.util.Optional;

/** The signed-in person of the current request, if any. */
public interface CurrentActor {

    Optional<Actor> get();

    default Actor require() {
        return get().orElseThrow(() -> new AccessRefused("any", "anonymous"));
    }
}
