package org.transferdesk.due;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One kind of the due cache's records by id, with the ids of each parent's records (a result's deals, a deal's
 * distributions), kept in step: a record put again is filed under the parents it has now, one removed leaves
 * those it had.
 */
final class IndexedRecords<T> {
    private final Function<T, Long> id;
    private final Function<T, Collection<Long>> parents;
    private final Map<Long, T> byId = new HashMap<>();
    // a null parent (a distribution without a deal) is a key like any other: HashMap allows it
    private final Map<Long, Set<Long>> byParent = new HashMap<>();

    /** Records with any number of parents (a deal converts several results). */
    IndexedRecords(Function<T, Long> id, Function<T, Collection<Long>> parents) {
        this.id = id;
        this.parents = parents;
    }

    /** Records with one parent, which may be null. */
    static <T> IndexedRecords<T> oneParent(Function<T, Long> id, Function<T, Long> parent) {
        return new IndexedRecords<>(id, r -> Collections.singleton(parent.apply(r)));
    }

    /** The record, or null when there is none (also for a null id). */
    T get(Long key) {
        return key == null ? null : byId.get(key);
    }

    Set<Long> ids() {
        return byId.keySet();
    }

    /** The parents that have a record. */
    Set<Long> parents() {
        return byParent.keySet();
    }

    /** The ids of the parent's records, ascending; a live view, so copy it before removing any of them. */
    Set<Long> idsOf(Long parent) {
        return byParent.getOrDefault(parent, Set.of());
    }

    List<T> of(Long parent) {
        return idsOf(parent).stream().map(byId::get).toList();
    }

    void put(T record) {
        Long key = id.apply(record);
        byId.put(key, record);
        parents.apply(record).forEach(p -> byParent.computeIfAbsent(p, k -> new TreeSet<>()).add(key));
    }

    /** Removes the record from its id and its parents; returns it, or null when there was none. */
    T remove(long key) {
        T record = byId.remove(key);
        if (record != null) {
            for (Long parent : parents.apply(record)) {
                Set<Long> ids = byParent.get(parent);
                ids.remove(key);
                if (ids.isEmpty()) {
                    byParent.remove(parent);
                }
            }
        }
        return record;
    }

    void clear() {
        byId.clear();
        byParent.clear();
    }
}
