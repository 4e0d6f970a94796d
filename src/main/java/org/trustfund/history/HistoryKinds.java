package org.trustfund.history;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.trustfund.shared.NotFoundException;

/** Every {@link HistoryKind} bean, in the order a fund imports them (donors first). */
@Component
public class HistoryKinds {

	private final List<HistoryKind> kinds;

	HistoryKinds(List<HistoryKind> kinds) {
		this.kinds = kinds.stream().sorted(Comparator.comparingInt(HistoryKind::order)).toList();
	}

	/** @return every kind by {@link HistoryKind#order()} */
	public List<HistoryKind> all() {
		return kinds;
	}

	/**
	 * @return the kind named {@code name} (as in addresses, e.g. {@code donors})
	 * @throws NotFoundException (404) for an unknown name
	 */
	public HistoryKind get(String name) {
		return find(name).orElseThrow(() -> NotFoundException.keyed("notFound.historyKind", "No kind of history file named " + name, name));
	}

	/** @return the kind named {@code name}, if any */
	public Optional<HistoryKind> find(String name) {
		return kinds.stream().filter(k -> k.name().equals(name)).findFirst();
	}
}
