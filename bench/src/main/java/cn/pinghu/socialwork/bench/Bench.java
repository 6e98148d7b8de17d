package cn.pinghu.socialwork.bench;

import java.util.Arrays;

/**
 * The generator's entry: {@code java -jar console-bench.jar <part> --name value ...}, the
 * part one of {@code latency} (the default when the first argument is an option),
 * {@code heap}, {@code ingest}, {@code jsheap}, {@code checkin}, {@code cpu} or {@code summary}. bench/run-all.sh runs
 * them against a console it starts; see bench/README.md.
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0 || args[0].startsWith("--")) {
			System.exit(LatencyBench.run(args));
		}
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		int status = switch (args[0]) {
			case "latency" -> LatencyBench.run(rest);
			case "heap" -> HeapBench.run(Args.parse(rest));
			case "ingest" -> IngestBench.run(Args.parse(rest));
			case "jsheap" -> JsHeapBench.run(Args.parse(rest));
			case "cpu" -> ScreenCpuBench.run(Args.parse(rest));
			case "summary" -> Summary.run(Args.parse(rest));
			case "checkin" -> CheckInPageBench.run(Args.parse(rest));
			default -> {
				System.err.println("unknown part " + args[0] + "; expected latency, heap, ingest, jsheap, checkin, cpu or summary");
				yield 64;
			}
		};
		System.exit(status);
	}

}
