package org.tandem.base.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Repository;

/**
 * On H2, turns the write delay off before Tandem serves anything: H2 otherwise keeps commits in memory for up to half
 * a second, so a save answered {@code 200} could vanish if the process died (SIGKILL, out of memory). With a delay
 * of 0, H2 writes each commit to its file before the commit returns, so what the API or the workbench acknowledges
 * survives the death of the process. The setting is persistent in the database file, and is applied whatever URL an
 * operator configures. Other databases (PostgreSQL) are durable at commit by their own configuration.
 */
@Repository
class DatabaseSettingsRepository implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSettingsRepository.class);

    private final DataSource dataSource;

    DatabaseSettingsRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET WRITE_DELAY 0");
            }
            LOG.debug("H2 write delay set to 0: every commit is written before it returns");
        }
    }
}
