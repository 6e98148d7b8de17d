package cn.pinghu.socialwork.shared.transfer;

/** Hears how far a long import is; called from the thread doing the work. */
@FunctionalInterface
public interface ImportProgress {

	/** Hears nothing. */
	ImportProgress NONE = (phase, done, total) -> {
	};

	void update(ImportPhase phase, int done, int total);

}
