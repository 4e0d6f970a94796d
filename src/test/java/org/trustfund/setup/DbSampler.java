package org.trustfund.setup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The database's share of the request time, sampled: every 5 ms it counts the sessions of the benchmark's
 * database (other than its own) that are running a statement ({@code pg_stat_activity.state = 'active'}, which
 * includes waiting for a lock or for a CPU) and, of these, those waiting for a lock. The share is the mean number
 * of such sessions divided by the requests in flight (the number of clients, each with one request at a time):
 * the fraction of the request time spent inside SQL statements. Time in the application with a transaction open
 * ({@code idle in transaction}) does not count. The nodes' job executors' polling counts too (small). Tests only.
 */
final class DbSampler implements AutoCloseable {

	/** Mean active sessions per request in flight, of which waiting for a lock, and the number of samples. */
	record Share(double active, double lockWait, long samples) {
	}

	private static final String QUERY = """
			select count(*) filter (where state = 'active'),
			  count(*) filter (where state = 'active' and wait_event_type = 'Lock')
			from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()""";

	private final Connection connection;
	private final int inFlight;
	private final Thread thread;
	private volatile boolean running = true;
	private long samples;
	private long active;
	private long locked;

	/** Starts sampling the database at {@code url} (user postgres); {@code inFlight} requests at a time. */
	DbSampler(String url, int inFlight) {
		try {
			this.connection = DriverManager.getConnection(url, "postgres", "");
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		this.inFlight = inFlight;
		this.thread = new Thread(this::sample, "db-sampler");
		thread.setDaemon(true);
		thread.start();
	}

	private void sample() {
		try (PreparedStatement query = connection.prepareStatement(QUERY)) {
			while (running) {
				try (ResultSet row = query.executeQuery()) {
					row.next();
					synchronized (this) {
						samples++;
						active += row.getLong(1);
						locked += row.getLong(2);
					}
				}
				Thread.sleep(5);
			}
		}
		catch (SQLException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The share so far (see the class comment). */
	synchronized Share share() {
		double per = Math.max(samples, 1) * (double) inFlight;
		return new Share(active / per, locked / per, samples);
	}

	@Override
	public void close() throws Exception {
		running = false;
		thread.join(2000);
		connection.close();
	}
}
