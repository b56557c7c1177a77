package org.clusterhub.activity.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.clusterhub.activity.command.MeetingScheduler.Placement;
import org.clusterhub.activity.command.MeetingScheduler.Request;
import org.clusterhub.activity.command.MeetingScheduler.Result;
import org.junit.jupiter.api.Test;

class MeetingSchedulerTest {

    @Test
    void nobodyAndNoTableIsBookedTwiceInASlot() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<Request> requests = randomRequests(random, 60, 300);
            Result result = MeetingScheduler.schedule(requests, 8, 10);
            assertNoDoubleBooking(requests, result, 8, 10);
            assertThat(result.placed().size() + result.unscheduled().size()).isEqualTo(requests.size());
        }
    }

    @Test
    void everyMeetingIsPlacedWhenTheSlotsAllowIt() {
        // A complete round robin of 8 people needs exactly 7 slots of 4 tables: a greedy placement without the
        // augmenting move fails on it.
        List<Request> requests = new ArrayList<>();
        for (int a = 0; a < 8; a++) {
            for (int b = a + 1; b < 8; b++) {
                requests.add(new Request("m" + a + "-" + b, "p" + a, "p" + b, -1));
            }
        }
        Result result = MeetingScheduler.schedule(requests, 7, 4);
        assertNoDoubleBooking(requests, result, 7, 4);
        assertThat(result.unscheduled()).isEmpty();
    }

    @Test
    void withAmpleSlotsEveryRandomRequestIsPlaced() {
        List<Request> requests = randomRequests(new Random(3), 100, 400);
        Map<String, Integer> degree = new HashMap<>();
        requests.forEach(r -> {
            degree.merge(r.personA(), 1, Integer::sum);
            degree.merge(r.personB(), 1, Integer::sum);
        });
        int slots = 2 * degree.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        Result result = MeetingScheduler.schedule(requests, slots, 1000);
        assertThat(result.unscheduled()).isEmpty();
    }

    @Test
    void whatCannotFitIsReportedNotDropped() {
        List<Request> requests = List.of(new Request("a", "x", "y", -1), new Request("b", "x", "z", -1),
                new Request("c", "x", "w", -1));
        Result result = MeetingScheduler.schedule(requests, 2, 5);
        assertThat(result.placed()).hasSize(2);
        assertThat(result.unscheduled()).hasSize(1);
    }

    @Test
    void theSameRequestsGiveTheSameGridAndEarlierSlotsAreKept() {
        List<Request> requests = randomRequests(new Random(11), 40, 150);
        assertThat(MeetingScheduler.schedule(requests, 10, 8)).isEqualTo(MeetingScheduler.schedule(requests, 10, 8));
        Result kept = MeetingScheduler.schedule(List.of(new Request("a", "x", "y", 3), new Request("b", "x", "z", -1)),
                5, 5);
        assertThat(kept.placed().get("a").slot()).isEqualTo(3);
        assertThat(kept.placed().get("b").slot()).isZero();
    }

    static List<Request> randomRequests(Random random, int people, int count) {
        Set<String> pairs = new HashSet<>();
        List<Request> requests = new ArrayList<>();
        while (requests.size() < count) {
            int a = random.nextInt(people);
            int b = random.nextInt(people);
            if (a == b || !pairs.add(Math.min(a, b) + "-" + Math.max(a, b))) {
                continue;
            }
            requests.add(new Request("m" + requests.size(), "p" + a, "p" + b, -1));
        }
        return requests;
    }

    static void assertNoDoubleBooking(List<Request> requests, Result result, int slots, int tables) {
        Set<String> personSlots = new HashSet<>();
        Set<String> tableSlots = new HashSet<>();
        Map<String, Request> byId = new HashMap<>();
        requests.forEach(r -> byId.put(r.meetingId(), r));
        for (Map.Entry<String, Placement> e : result.placed().entrySet()) {
            Placement p = e.getValue();
            Request r = byId.get(e.getKey());
            assertThat(p.slot()).isBetween(0, slots - 1);
            assertThat(p.table()).isBetween(1, tables);
            assertThat(personSlots.add(r.personA() + "@" + p.slot())).as("%s twice in slot %d", r.personA(), p.slot())
                    .isTrue();
            assertThat(personSlots.add(r.personB() + "@" + p.slot())).as("%s twice in slot %d", r.personB(), p.slot())
                    .isTrue();
            assertThat(tableSlots.add(p.table() + "@" + p.slot())).isTrue();
        }
    }
}
