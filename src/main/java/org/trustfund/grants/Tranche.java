package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.trustfund.shared.Money;
import java.time.LocalDate;

/** One planned payment of a grant; every later tranche waits for the acceptance of report {@code afterReport}. */
@Entity
@jakarta.persistence.Table(name = "grant_tranche")
@NamedInterface("api")
public class Tranche {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@jakarta.persistence.Column(name = "grant_id", insertable = false, updatable = false)
	private Long grantId;
	private int number;
	private Money amount;
	private LocalDate plannedOn;
	private Integer afterReport;
	private Money paidAmount;
	private LocalDate paidOn;
	/** The fund's own reference of an imported tranche, or null. */
	private String importRef;

	protected Tranche() {
	}

	Tranche(int number, Money amount, LocalDate plannedOn, Integer afterReport) {
		this.number = number;
		this.amount = amount;
		this.plannedOn = plannedOn;
		this.afterReport = afterReport;
	}

	Tranche(int number, Money amount, LocalDate plannedOn, Integer afterReport, String importRef) {
		this(number, amount, plannedOn, afterReport);
		this.importRef = importRef;
	}

	void paid(Money paid, LocalDate on) {
		this.paidAmount = paid;
		this.paidOn = on;
	}

	void shift(long days) {
		if (!isPaid()) {
			plannedOn = plannedOn.plusDays(days);
		}
	}

	public boolean isPaid() {
		return paidAmount != null;
	}

	public Long getId() { return id; }
	public Long getGrantId() { return grantId; }
	public int getNumber() { return number; }
	public Money getAmount() { return amount; }
	public LocalDate getPlannedOn() { return plannedOn; }
	public Integer getAfterReport() { return afterReport; }
	public Money getPaidAmount() { return paidAmount; }
	public LocalDate getPaidOn() { return paidOn; }
	public String getImportRef() { return importRef; }
}
