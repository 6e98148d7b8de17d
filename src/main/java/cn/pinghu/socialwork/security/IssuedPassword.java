package cn.pinghu.socialwork.security;

/**
 * A temporary password in clear text, this once: only its hash is stored, and the user
 * must choose a new password at the next sign-in.
 */
public record IssuedPassword(UserSummary user, String password) {

	@Override
	public String toString() {
		return "IssuedPassword[user=" + this.user.username() + "]";
	}

}
