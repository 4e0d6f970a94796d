/**
 * Board sessions and written procedures, votes, recusals, the chair's signature. A named interface of the
 * {@code board} module ({@code board :: session}) so that the home page can show the next session with the same
 * service as the sessions page ({@link org.trustfund.board.session.SessionService}).
 */
@NamedInterface("session")
package org.trustfund.board.session;

import org.springframework.modulith.NamedInterface;
