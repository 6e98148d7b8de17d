package cn.pinghu.socialwork.places;

/** A town or subdistrict as views and other features see it. */
public record TownSummary(long id, String code, String name, TownKind kind, int sortOrder) {
}
