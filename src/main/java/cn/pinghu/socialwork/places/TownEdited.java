package cn.pinghu.socialwork.places;

/**
 * A town was created, changed or deleted: the campaigns' figures list every town by name
 * in its order.
 */
public record TownEdited(long townId) {
}
