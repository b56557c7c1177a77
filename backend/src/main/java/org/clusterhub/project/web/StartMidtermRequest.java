package org.clusterhub.project.web;

import java.time.LocalDate;

/** 中期评估: the date the self-evaluation is due. */
record StartMidtermRequest(LocalDate selfEvaluationDue) {
}
