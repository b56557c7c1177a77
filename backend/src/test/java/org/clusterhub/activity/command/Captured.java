package org.clusterhub.activity.command;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;

/** Keeps the payloads a fixture's command published, for events with a random part (the check-in code). */
final class Captured extends BaseMatcher<List<EventMessage<?>>> {

    private List<Object> payloads = List.of();

    @Override
    public boolean matches(Object actual) {
        payloads = ((List<?>) actual).stream().<Object>map(e -> ((EventMessage<?>) e).getPayload()).toList();
        return true;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("any events (captured)");
    }

    List<Object> payloads() {
        return payloads;
    }

    <T> T only(Class<T> type) {
        if (payloads.size() != 1 || !type.isInstance(payloads.get(0))) {
            throw new AssertionError("expected exactly one " + type.getSimpleName() + " but got " + payloads);
        }
        return type.cast(payloads.get(0));
    }
}
