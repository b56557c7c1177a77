package org.clusterhub.activity.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places accepted 1:1 meetings in a grid of time slots and tables so that nobody and no table is booked twice.
 * Deterministic: the same requests give the same grid. Greedy, most constrained first (people with the most meetings),
 * each meeting in the earliest slot where both people and a table are free; meetings of people with more accepted
 * meetings than slots go last. A meeting that finds no free slot tries two augmenting moves: shift the one meeting
 * that blocks it (one side busy, or the slot's tables full) to another slot, or swap two slots along the chain of
 * meetings that alternates between them (the edge-colouring move). A meeting keeps the slot it had in an earlier grid when it still fits, so that a
 * rebuilt schedule does not move people around needlessly.
 *
 * <p>Public because the benchmark ({@code bench}, part {@code meeting-schedule}) measures it directly.
 *
 * @see <a href="../../../../../../../../docs/decisions/010-activities-registration-and-meeting-schedule.md">ADR 010</a>
 */
public final class MeetingScheduler {

    /** One accepted meeting between two people; {@code preferredSlot} is its slot in an earlier grid, or -1. */
    public record Request(String meetingId, String personA, String personB, int preferredSlot) {
    }

    /** Where a meeting was placed: slot from 0, table from 1. */
    public record Placement(int slot, int table) {
    }

    public record Result(Map<String, Placement> placed, List<String> unscheduled) {
    }

    private final int slots;
    private final int tables;
    private final Map<String, boolean[]> busy = new HashMap<>();
    /** Meeting id per person per slot, to find what blocks a placement. */
    private final Map<String, String[]> occupant = new HashMap<>();
    private final int[] tablesUsed;
    private final Map<String, Request> byId = new HashMap<>();
    private final Map<String, Integer> slotOf = new LinkedHashMap<>();
    private final List<List<String>> meetingsInSlot = new ArrayList<>();

    private MeetingScheduler(int slots, int tables) {
        this.slots = slots;
        this.tables = tables;
        this.tablesUsed = new int[slots];
        for (int s = 0; s < slots; s++) {
            meetingsInSlot.add(new ArrayList<>());
        }
    }

    public static Result schedule(List<Request> requests, int slots, int tables) {
        if (slots < 0 || tables < 0) {
            throw new IllegalArgumentException("slots and tables must not be negative");
        }
        return new MeetingScheduler(slots, tables).run(requests);
    }

    private Result run(List<Request> requests) {
        Map<String, Integer> degree = new HashMap<>();
        for (Request r : requests) {
            if (r.personA().equals(r.personB())) {
                throw new IllegalArgumentException("a meeting needs two people: " + r.meetingId());
            }
            byId.put(r.meetingId(), r);
            degree.merge(r.personA(), 1, Integer::sum);
            degree.merge(r.personB(), 1, Integer::sum);
        }
        List<Request> order = new ArrayList<>(requests);
        order.sort(Comparator.<Request>comparingInt(r -> r.preferredSlot() >= 0 && r.preferredSlot() < slots ? 0 : 1)
                .thenComparing(r -> overbooked(r, degree) ? 1 : 0)
                .thenComparing(r -> overbooked(r, degree)
                        ? Math.max(degree.get(r.personA()), degree.get(r.personB()))
                        : -Math.max(degree.get(r.personA()), degree.get(r.personB())))
                .thenComparing(r -> overbooked(r, degree)
                        ? degree.get(r.personA()) + degree.get(r.personB())
                        : -(degree.get(r.personA()) + degree.get(r.personB())))
                .thenComparing(Request::meetingId));
        List<String> unscheduled = new ArrayList<>();
        for (Request r : order) {
            if (!placeDirectly(r) && !placeByMovingOne(r) && !placeBySwappingAChain(r)) {
                unscheduled.add(r.meetingId());
            }
        }
        Map<String, Placement> placed = new LinkedHashMap<>();
        for (int s = 0; s < slots; s++) {
            List<String> here = new ArrayList<>(meetingsInSlot.get(s));
            here.sort(Comparator.naturalOrder());
            for (int t = 0; t < here.size(); t++) {
                placed.put(here.get(t), new Placement(s, t + 1));
            }
        }
        unscheduled.sort(Comparator.naturalOrder());
        return new Result(placed, unscheduled);
    }

    /**
     * Whether a side has more accepted meetings than there are slots: some of that person's meetings cannot happen.
     * Those meetings go last, least constrained first, so that the slots of people with room are filled first and an
     * overbooked person's few slots go to partners who have few other chances.
     */
    private boolean overbooked(Request r, Map<String, Integer> degree) {
        return degree.get(r.personA()) > slots || degree.get(r.personB()) > slots;
    }

    private boolean placeDirectly(Request r) {
        if (r.preferredSlot() >= 0 && r.preferredSlot() < slots && fits(r, r.preferredSlot())) {
            put(r, r.preferredSlot());
            return true;
        }
        for (int s = 0; s < slots; s++) {
            if (fits(r, s)) {
                put(r, s);
                return true;
            }
        }
        return false;
    }

    /** Frees a slot for {@code r} by moving the single meeting that blocks it there to another slot. */
    private boolean placeByMovingOne(Request r) {
        for (int s = 0; s < slots; s++) {
            String blockerA = occupantOf(r.personA(), s);
            String blockerB = occupantOf(r.personB(), s);
            if (blockerA != null && blockerB != null) {
                continue;
            }
            List<String> candidates = new ArrayList<>();
            if (blockerA != null) {
                candidates.add(blockerA);
            } else if (blockerB != null) {
                candidates.add(blockerB);
            } else if (tablesUsed[s] >= tables) {
                candidates.addAll(meetingsInSlot.get(s));
            } else {
                continue;
            }
            for (String blockerId : candidates) {
                Request blocker = byId.get(blockerId);
                for (int other = 0; other < slots; other++) {
                    if (other != s && fits(blocker, other)) {
                        remove(blocker, s);
                        put(blocker, other);
                        if (fits(r, s)) {
                            put(r, s);
                            return true;
                        }
                        remove(blocker, other);
                        put(blocker, s);
                    }
                }
            }
        }
        return false;
    }

    /**
     * The classic edge-colouring move: person A is free in slot s1 and B in s2, but B is busy in s1. The meetings
     * that alternate between s1 and s2 starting from B's s1 meeting form a chain; swapping the two slots along it frees
     * B in s1 without touching anyone else's other slots. Skipped when the chain reaches A or a slot would need more
     * tables than it has.
     */
    private boolean placeBySwappingAChain(Request r) {
        for (int s1 = 0; s1 < slots; s1++) {
            if (isBusy(r.personA(), s1)) {
                continue;
            }
            for (int s2 = 0; s2 < slots; s2++) {
                if (s2 == s1 || isBusy(r.personB(), s2) || !isBusy(r.personB(), s1)) {
                    continue;
                }
                List<String> chain = chainFrom(r.personB(), s1, s2, r.personA());
                if (chain == null) {
                    continue;
                }
                int inS1 = 0;
                for (int i = 0; i < chain.size(); i++) {
                    inS1 += i % 2 == 0 ? 1 : 0;
                }
                int inS2 = chain.size() - inS1;
                // After the swap s1 holds inS2 of the chain instead of inS1, plus the new meeting.
                if (tablesUsed[s1] - inS1 + inS2 + 1 > tables || tablesUsed[s2] - inS2 + inS1 > tables) {
                    continue;
                }
                for (int i = 0; i < chain.size(); i++) {
                    remove(byId.get(chain.get(i)), i % 2 == 0 ? s1 : s2);
                }
                for (int i = 0; i < chain.size(); i++) {
                    put(byId.get(chain.get(i)), i % 2 == 0 ? s2 : s1);
                }
                put(r, s1);
                return true;
            }
        }
        return false;
    }

    /** The meetings alternating between slots {@code first} and {@code second} from {@code start}; null if it meets {@code avoid}. */
    private List<String> chainFrom(String start, int first, int second, String avoid) {
        List<String> chain = new ArrayList<>();
        String person = start;
        int slot = first;
        while (true) {
            String meetingId = occupantOf(person, slot);
            if (meetingId == null) {
                return chain;
            }
            Request meeting = byId.get(meetingId);
            String other = meeting.personA().equals(person) ? meeting.personB() : meeting.personA();
            if (other.equals(avoid)) {
                return null;
            }
            chain.add(meetingId);
            person = other;
            slot = slot == first ? second : first;
        }
    }

    private boolean fits(Request r, int slot) {
        return tablesUsed[slot] < tables && !isBusy(r.personA(), slot) && !isBusy(r.personB(), slot);
    }

    private boolean isBusy(String person, int slot) {
        boolean[] b = busy.get(person);
        return b != null && b[slot];
    }

    private String occupantOf(String person, int slot) {
        String[] o = occupant.get(person);
        return o == null ? null : o[slot];
    }

    private void put(Request r, int slot) {
        mark(r.personA(), slot, r.meetingId());
        mark(r.personB(), slot, r.meetingId());
        tablesUsed[slot]++;
        meetingsInSlot.get(slot).add(r.meetingId());
        slotOf.put(r.meetingId(), slot);
    }

    private void remove(Request r, int slot) {
        mark(r.personA(), slot, null);
        mark(r.personB(), slot, null);
        tablesUsed[slot]--;
        meetingsInSlot.get(slot).remove(r.meetingId());
        slotOf.remove(r.meetingId());
    }

    private void mark(String person, int slot, String meetingId) {
        busy.computeIfAbsent(person, p -> new boolean[slots])[slot] = meetingId != null;
        occupant.computeIfAbsent(person, p -> new String[slots])[slot] = meetingId;
    }
}
