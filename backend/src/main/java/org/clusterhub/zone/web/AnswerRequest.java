package org.clusterhub.zone.web;

import java.math.BigDecimal;

/** Body of an answer to a question on a value; a corrected value and source are optional. */
public record AnswerRequest(String answer, BigDecimal correctedValue, String correctedSource) {
}
