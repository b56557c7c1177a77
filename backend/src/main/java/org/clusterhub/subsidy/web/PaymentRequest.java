package org.clusterhub.subsidy.web;

import java.time.LocalDate;

/** A tranche paid in full on {@code paidOn} with the payment voucher's number (拨付凭证号). */
record PaymentRequest(LocalDate paidOn, String voucher, String note) {
}
