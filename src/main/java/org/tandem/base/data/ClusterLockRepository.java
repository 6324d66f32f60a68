package org.tandem.base.data;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code cluster_lock}: one per kind of work one instance does for all. */
@Repository
class ClusterLockRepository {

    private final JdbcClient jdbc;

    ClusterLockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the work's row until the current transaction ends (waiting for another instance that holds it).
     *
     * @throws IllegalArgumentException when there is no such row
     */
    void lock(String name) {
        jdbc.sql("select name from cluster_lock where name = :name for update").param("name", name)
                .query(String.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("no cluster lock named " + name));
    }
}
