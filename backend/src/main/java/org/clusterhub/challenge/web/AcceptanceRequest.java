package org.clusterhub.challenge.web;

import java.util.List;
import org.clusterhub.challenge.api.IndicatorResult;

/** The final acceptance against every technical indicator. */
record AcceptanceRequest(List<IndicatorResult> results, String opinion) {
}
