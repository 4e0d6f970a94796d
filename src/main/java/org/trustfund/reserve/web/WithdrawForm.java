package org.trustfund.reserve.web;

/** The fund manager takes a project off the list, with a reason (for example, the NGO withdrew). */
record WithdrawForm(Long proposalId, String reason) {
}
