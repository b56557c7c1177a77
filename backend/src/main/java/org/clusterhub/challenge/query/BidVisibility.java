package org.clusterhub.challenge.query;

import java.util.List;
import org.clusterhub.challenge.api.BidView;
import org.clusterhub.challenge.api.ChallengeStatus;
import org.clusterhub.challenge.api.Evaluator;
import org.clusterhub.challenge.api.ViewerRole;
import org.clusterhub.shared.Actor;

/**
 * Who may read what of a challenge: the one place that decides, used by the query handler that every screen and the
 * REST API go through. A bid is readable by its bidder always; after the deadline by the poster, the province and the
 * evaluators not excluded from it; never by another bidder. The ranking is readable by the poster, the province and
 * the evaluators once evaluation completes, and by everyone once the decision is published.
 *
 * @see <a href="../../../../../../../../docs/decisions/012-challenges-and-sealed-bids.md">ADR 012</a>
 */
final class BidVisibility {

    private BidVisibility() {
    }

    static ViewerRole roleOf(Actor viewer, ChallengeDocument challenge) {
        if (viewer == null) {
            return ViewerRole.READER;
        }
        return switch (viewer.role()) {
            case SUPERVISOR, SYSTEM -> ViewerRole.SUPERVISOR;
            case PROMOTION_STAFF -> viewer.isStaffOf(challenge.clusterId) ? ViewerRole.POSTER : ViewerRole.READER;
            case MEMBER -> challenge.postingOrganization.equals(viewer.organization()) ? ViewerRole.POSTER
                    : ViewerRole.MEMBER;
            case EXPERT -> evaluator(viewer, challenge) != null ? ViewerRole.EVALUATOR : ViewerRole.READER;
            case CITY_COORDINATOR -> ViewerRole.READER;
        };
    }

    static boolean mayRead(Actor viewer, ViewerRole role, ChallengeDocument challenge, ChallengeBidDocument bid) {
        if (viewer != null && viewer.role() == org.clusterhub.shared.Role.MEMBER
                && bid.organization.equals(viewer.organization())) {
            return true;
        }
        if (!challenge.biddingClosed || bid.voided || bid.round != challenge.round) {
            return false;
        }
        return switch (role) {
            case POSTER, SUPERVISOR -> true;
            case EVALUATOR -> !excluded(evaluator(viewer, challenge), bid);
            case MEMBER, READER -> false;
        };
    }

    static boolean mayReadRanking(ViewerRole role, ChallengeDocument challenge) {
        if (challenge.decision != null) {
            return true;
        }
        return challenge.evaluationComplete && challenge.status != ChallengeStatus.OPEN
                && (role == ViewerRole.POSTER || role == ViewerRole.SUPERVISOR || role == ViewerRole.EVALUATOR);
    }

    /** Bidders must not know whom to approach: the evaluators are named only to the poster, the province and them. */
    static boolean mayReadEvaluators(ViewerRole role) {
        return role == ViewerRole.POSTER || role == ViewerRole.SUPERVISOR || role == ViewerRole.EVALUATOR;
    }

    static BidView view(Actor viewer, ChallengeDocument challenge, ChallengeBidDocument bid) {
        boolean own = viewer != null && viewer.role() == org.clusterhub.shared.Role.MEMBER
                && bid.organization.equals(viewer.organization());
        var mine = viewer == null ? null : bid.scores.stream()
                .filter(s -> s.evaluator().equals(viewer.username())).findFirst()
                .map(ChallengeBidDocument.EvaluatorScores::scores).orElse(null);
        List<String> excluded = challenge.evaluators.stream().filter(e -> excluded(e, bid)).map(Evaluator::username)
                .toList();
        return new BidView(bid.bidId, bid.round, bid.organization, bid.consortium, bid.approach, bid.team,
                bid.schedule, bid.price, bid.submittedAt, bid.revisedAt, bid.revisions, bid.withdrawn, own, mine,
                excluded);
    }

    /** The same rule as the aggregate's: an evaluator of the bidding organization or of any consortium member. */
    static boolean excluded(Evaluator evaluator, ChallengeBidDocument bid) {
        if (evaluator == null) {
            return true;
        }
        String organization = evaluator.organization().strip();
        return bid.organization.equals(organization)
                || bid.consortium != null && bid.consortium.memberOrganizations().contains(organization);
    }

    private static Evaluator evaluator(Actor viewer, ChallengeDocument challenge) {
        if (viewer == null || viewer.role() != org.clusterhub.shared.Role.EXPERT) {
            return null;
        }
        return challenge.evaluators.stream().filter(e -> e.username().equals(viewer.username())).findFirst()
                .orElse(null);
    }
}
