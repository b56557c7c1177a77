package org.clusterhub.project.web;

import java.math.BigDecimal;

record ExpenditureRequest(String lineId, BigDecimal amount, String note) {
}
