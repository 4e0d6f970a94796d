package org.trustfund.notifications;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A cache that lives as long as the current transaction: what is read once in a transaction is not read
 * again by the same transaction, and the next transaction reads afresh (so a change committed by others in
 * between is seen). Without an active transaction nothing is kept.
 * @param <K> the key (e.g. an organisation id)
 * @param <V> what is read for it
 */
final class TransactionScoped<K, V> {

	/**
	 * @param key what to look up
	 * @param read reads the value when this transaction has not read it yet (its exceptions pass through,
	 *        and nothing is kept then)
	 * @return the value this transaction read first for the key
	 */
	V get(K key, Function<K, V> read) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return read.apply(key);
		}
		@SuppressWarnings("unchecked")
		Map<K, V> known = (Map<K, V>) TransactionSynchronizationManager.getResource(this);
		if (known == null) {
			Map<K, V> fresh = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(TransactionScoped.this);
				}
			});
			known = fresh;
		}
		V value = known.get(key);
		if (value == null) {
			value = read.apply(key);
			known.put(key, value);
		}
		return value;
	}
}
