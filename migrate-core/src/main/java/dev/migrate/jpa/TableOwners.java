package dev.migrate.jpa;

import java.util.IdentityHashMap;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;

/** Says which entity or collection a table belongs to, so that errors point at the user's code. */
final class TableOwners {

    private final Map<Table, String> owners = new IdentityHashMap<>();

    TableOwners(Metadata metadata) {
        for (PersistentClass entity : metadata.getEntityBindings()) {
            owners.putIfAbsent(entity.getTable(), "entity " + entity.getEntityName());
            for (Join join : entity.getJoins()) {
                owners.putIfAbsent(join.getTable(), "secondary table of entity " + entity.getEntityName());
            }
        }
        for (Collection collection : metadata.getCollectionBindings()) {
            owners.putIfAbsent(collection.getCollectionTable(), "collection " + collection.getRole());
        }
    }

    /** For example {@code table 'animal' (entity com.example.Animal)}. */
    String describe(Table table) {
        String owner = owners.get(table);
        return "table '" + table.getName() + "'" + (owner == null ? "" : " (" + owner + ")");
    }
}
