package org.trustfund.board;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** A Board of Trustees appointed for a term (three years in the fund's practice), with a number of seats. */
@Entity
@NamedInterface("api")
public class BoardTerm {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;
	private LocalDate startsOn;
	private LocalDate endsOn;
	private int seats;
	private Instant createdAt;
	private String createdBy;

	protected BoardTerm() {
	}

	BoardTerm(String name, LocalDate startsOn, LocalDate endsOn, int seats, String createdBy, Instant now) {
		if (!endsOn.isAfter(startsOn)) {
			throw new BoardRuleException("endsOn", "error.board.termEnd", "A term must end after it starts");
		}
		if (seats < 1 || seats > 25) {
			throw new BoardRuleException("seats", "error.board.seats", "A Board has between 1 and 25 seats");
		}
		this.name = name;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.seats = seats;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	public boolean sitsOn(LocalDate day) {
		return !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}

	/** A majority of the seats: the fewest sitting trustees with whom a session may start. */
	public int quorum() {
		return seats / 2 + 1;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public int getSeats() {
		return seats;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}
}
