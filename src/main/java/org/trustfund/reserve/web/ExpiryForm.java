package org.trustfund.reserve.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The fund manager moves the list's expiry date, with a reason. */
record ExpiryForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn, String reason) {
}
