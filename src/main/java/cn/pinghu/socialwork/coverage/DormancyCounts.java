package cn.pinghu.socialwork.coverage;

/** How many branches in the caller's towns carry each warning. */
public record DormancyCounts(long yellow, long red) {

	public long total() {
		return this.yellow + this.red;
	}

}
