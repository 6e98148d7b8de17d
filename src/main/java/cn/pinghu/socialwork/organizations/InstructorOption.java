package cn.pinghu.socialwork.organizations;

/** An instructor a coordinator may assign, as a choice in a list. */
public record InstructorOption(long id, String name, String workUnit) {
}
