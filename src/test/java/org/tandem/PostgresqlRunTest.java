package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Says in one line whether the database tests also run on PostgreSQL: in the default run, that they are skipped
 * and how to run them; in the PostgreSQL run ({@code TANDEM_TEST_POSTGRES_URL} set), that the server answers and is
 * a version Tandem supports (15 or later).
 */
class PostgresqlRunTest {

    @Test
    void the_postgresql_run_is_announced_or_its_server_checked() throws Exception {
        String url = TestDatabases.postgresUrl();
        if (!TestDatabases.postgresql()) {
            String line = url == null || url.isBlank()
                    ? "PostgreSQL: the database tests run on H2 only; set " + TestDatabases.URL
                    + "=jdbc:postgresql://host:port/database to run them on PostgreSQL as well"
                    : "PostgreSQL: the database tests run again on " + url + " (surefire execution \"postgresql\")";
            System.out.println(line);
            Assumptions.abort(line);
        }
        try (Connection connection = DriverManager.getConnection(url,
                System.getenv().getOrDefault("TANDEM_TEST_POSTGRES_USER", "tandem"),
                System.getenv().getOrDefault("TANDEM_TEST_POSTGRES_PASSWORD", ""))) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(connection.getMetaData().getDatabaseMajorVersion()).isGreaterThanOrEqualTo(15);
            System.out.println("PostgreSQL: the database tests run on " + url + " (PostgreSQL "
                    + connection.getMetaData().getDatabaseProductVersion() + ")");
        }
    }
}
