package org.clusterhub.activity.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.clusterhub.activity.api.MatchmakingProfileView;
import org.clusterhub.activity.api.PartnerSuggestion;
import org.clusterhub.activity.api.ReasonKind;
import org.clusterhub.activity.api.SuggestionReason;
import org.clusterhub.cluster.api.ChainPosition;

/**
 * Scores possible partners by fixed, visible points, so that every suggestion says why it was made: a partner's
 * offer that meets one of your needs 30 (at most 3 counted), a need of theirs that one of your offers meets 20 (at
 * most 3), a shared tag 10 (at most 5), different chain positions (who buy from and sell to each other) 15, the same city 5, the same
 * cluster 5. An offer meets a need when they share a term of two or more characters (terms are split at spaces and
 * punctuation), or a tag of the other side appears in it. Ties are broken by organization name.
 *
 * @see <a href="../../../../../../../../docs/decisions/010-activities-registration-and-meeting-schedule.md">ADR 010</a>
 */
final class PartnerScoring {

    static final int OFFER_MEETS_NEED = 30;
    static final int NEED_MET_BY_OFFER = 20;
    static final int SHARED_TAG = 10;
    static final int COMPLEMENTARY_CHAIN = 15;
    static final int SAME_CITY = 5;
    static final int SAME_CLUSTER = 5;

    private PartnerScoring() {
    }

    static List<PartnerSuggestion> suggest(MatchmakingProfileView mine, List<MatchmakingProfileView> others,
                                           int limit) {
        return others.stream()
                .map(other -> score(mine, other))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingInt(PartnerSuggestion::score).reversed()
                        .thenComparing(s -> s.partner().organization())
                        .thenComparing(s -> s.partner().registrationId().toString()))
                .limit(Math.max(1, limit))
                .toList();
    }

    static PartnerSuggestion score(MatchmakingProfileView mine, MatchmakingProfileView other) {
        List<SuggestionReason> reasons = new ArrayList<>();
        matches(mine.seeks(), other.offers(), other.tags(), ReasonKind.OFFERS_WHAT_YOU_SEEK, OFFER_MEETS_NEED,
                reasons);
        matches(other.seeks(), mine.offers(), mine.tags(), ReasonKind.SEEKS_WHAT_YOU_OFFER, NEED_MET_BY_OFFER,
                reasons);
        Set<String> shared = new TreeSet<>(mine.tags());
        shared.retainAll(other.tags());
        shared.stream().limit(5).forEach(tag -> reasons.add(new SuggestionReason(ReasonKind.SHARED_TAG, tag,
                SHARED_TAG)));
        if (complementary(mine.chainPosition(), other.chainPosition())) {
            reasons.add(new SuggestionReason(ReasonKind.COMPLEMENTARY_CHAIN_POSITION,
                    mine.chainPosition() + "/" + other.chainPosition(), COMPLEMENTARY_CHAIN));
        }
        if (mine.organizationCity() != null && mine.organizationCity() == other.organizationCity()) {
            reasons.add(new SuggestionReason(ReasonKind.SAME_CITY, mine.organizationCity().name(), SAME_CITY));
        }
        if (mine.homeCluster() != null && Objects.equals(mine.homeCluster(), other.homeCluster())) {
            reasons.add(new SuggestionReason(ReasonKind.SAME_CLUSTER, mine.homeCluster().toString(), SAME_CLUSTER));
        }
        int score = reasons.stream().mapToInt(SuggestionReason::points).sum();
        return new PartnerSuggestion(other, score, List.copyOf(reasons));
    }

    /** Each need counts once, with the first offer that meets it; at most three needs count. */
    private static void matches(List<String> needs, List<String> offers, Set<String> offerTags, ReasonKind kind,
                                int points, List<SuggestionReason> reasons) {
        int counted = 0;
        for (String need : needs) {
            if (counted == 3) {
                return;
            }
            for (String offer : offers) {
                if (meets(offer, need) || offerTags.stream().anyMatch(tag -> contains(need, tag))) {
                    reasons.add(new SuggestionReason(kind, offer + " → " + need, points));
                    counted++;
                    break;
                }
            }
        }
    }

    static boolean meets(String offer, String need) {
        String offerText = offer.toLowerCase(Locale.ROOT);
        String needText = need.toLowerCase(Locale.ROOT);
        for (String term : terms(needText)) {
            if (offerText.contains(term)) {
                return true;
            }
        }
        for (String term : terms(offerText)) {
            if (needText.contains(term)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String text, String tag) {
        return tag.length() >= 2 && text.toLowerCase(Locale.ROOT).contains(tag.toLowerCase(Locale.ROOT));
    }

    private static List<String> terms(String text) {
        return java.util.Arrays.stream(text.split("[\\s,，、;；/|。.()（）]+"))
                .filter(t -> t.length() >= 2).toList();
    }

    /** Different positions along the chain trade with each other (leader, backbone, supplier, support). */
    static boolean complementary(ChainPosition a, ChainPosition b) {
        return a != null && b != null && a != b;
    }
}
