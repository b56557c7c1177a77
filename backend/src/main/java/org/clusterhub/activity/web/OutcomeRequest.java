package org.clusterhub.activity.web;

import java.math.BigDecimal;
import org.clusterhub.activity.api.MeetingOutcome;
import org.clusterhub.activity.api.RegistrationId;

record OutcomeRequest(RegistrationId side, MeetingOutcome outcome, BigDecimal contractValue, String note) {
}
