package org.trustfund.reserve;

import org.springframework.modulith.NamedInterface;
/** Names in {@code bpmn/reserve-list.bpmn}. */
@NamedInterface("api")
public final class ReserveListProcess {

	public static final String KEY = "reserveList";
	public static final String WAIT_FOR_MONEY = "waitForMoney";
	public static final String CONTRIBUTION_RECEIVED = "contributionReceived";
	public static final String FUNDS_RETURNED = "fundsReturned";
	public static final String LIST_EMPTIED_EVENT = "reserveListEmptied";
	public static final String EXPIRY_TIMER = "listExpires";
	/** Timer of the periodic balance check ({@code trustfund.reserve.recheck-interval}). */
	public static final String RECHECK_TIMER = "recheckDue";
	public static final String CHOOSE_OFFER_TASK = "chooseOffer";
	public static final String BOARD_DECIDES = "boardDecidesOffer";
	public static final String RECORD_OUTCOME_TASK = "recordOfferOutcome";
	public static final String EXPIRE_TASK = "expireList";
	public static final String CLOSE_EMPTY_TASK = "closeEmptyList";
	public static final String LIST_EXPIRED_END = "listExpired";
	public static final String LIST_EMPTIED_END = "listEmptied";

	/** BPMN message correlated (by call id) when the fund manager withdraws the last project. */
	public static final String LIST_EMPTIED_MESSAGE = "ReserveListEmptied";

	/** The call's id (also the business key). */
	public static final String CALL_ID = "callId";
	/** The written procedure of the current offer, passed to {@code boardSession}; 0 when nothing fits. */
	public static final String SESSION_ID = "sessionId";
	/** Routing flags set by the service tasks. */
	public static final String OFFER_MADE = "offerMade";
	public static final String LIST_EMPTY = "listEmpty";
	/** True right after an offer returns: the projects just put to the Board are not offered again at once. */
	public static final String AFTER_OFFER = "afterOffer";

	private ReserveListProcess() {
	}
}
