package org.trustfund.setup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs one measured step of {@link ClusterBenchmark}: a fixed number of clients, each sending its requests one
 * after the other, each request to the next node of a client-side round robin, while a {@link DbSampler} watches
 * the database. Tests only.
 */
final class BenchRun {

	/** One request: {@code client} sends request number {@code i} to the node at {@code baseUrl}. */
	interface Step {
		Object send(int client, int i, String baseUrl) throws Exception;
	}

	/** Requests per second (wall clock), latencies in ms, mean active database sessions per request in flight. */
	record Timing(int count, double perSecond, double p50, double p95, double dbShare) {
	}

	private final int clients;
	private final ClusterBenchmark.BenchReport report;
	private final Supplier<DbSampler> samplers;

	BenchRun(int clients, ClusterBenchmark.BenchReport report, Supplier<DbSampler> samplers) {
		this.clients = clients;
		this.report = report;
		this.samplers = samplers;
	}

	/**
	 * Sends requests {@code offset} to {@code offset + count - 1}; request i is sent by client {@code i % clients},
	 * each client's k-th request goes to {@code nodes.get(k % nodes.size())}.
	 * @return the timing, also printed
	 * @throws Exception the first failed request (any status other than the expected one)
	 */
	Timing run(String label, int count, List<String> nodes, Step step, int offset) throws Exception {
		long[] nanos = new long[count];
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> work = new ArrayList<>();
		try (DbSampler db = samplers.get()) {
			long start = System.nanoTime();
			for (int c = 0; c < clients; c++) {
				int client = c;
				work.add(pool.submit(() -> {
					int k = client;
					for (int i = offset; i < offset + count; i++) {
						if (i % clients != client) {
							continue;
						}
						long begin = System.nanoTime();
						step.send(client, i, nodes.get(k++ % nodes.size()));
						nanos[i - offset] = System.nanoTime() - begin;
					}
					return null;
				}));
			}
			for (Future<?> each : work) {
				each.get();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			pool.shutdown();
			Arrays.sort(nanos);
			DbSampler.Share share = db.share();
			Timing t = new Timing(count, count / seconds, nanos[count / 2] / 1e6,
					nanos[(int) Math.ceil(count * 0.95) - 1] / 1e6, share.active());
			report.line("%s: %d in %.1f s = %.1f per second; p50 %.0f ms, p95 %.0f ms; database share %.0f %% "
					+ "(of which waiting for a lock %.0f %%), %d samples", label, count, seconds, t.perSecond(), t.p50(),
					t.p95(), 100 * share.active(), 100 * share.lockWait(), share.samples());
			return t;
		}
	}
}
