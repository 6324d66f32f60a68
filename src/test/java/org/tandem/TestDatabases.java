package org.tandem;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The database the tests run on: H2, a fresh file per Spring context ({@code config/application.properties}), or,
 * in the PostgreSQL run ({@code -Dtandem.test.database=postgresql}, which {@code mvn verify} adds when
 * {@code TANDEM_TEST_POSTGRES_URL} names a server), a fresh schema on that server per Spring context, so that every
 * context migrates its own empty store as on H2. {@code TANDEM_TEST_POSTGRES_USER} and
 * {@code TANDEM_TEST_POSTGRES_PASSWORD} give the account (default {@code tandem}, no password).
 */
public class TestDatabases implements EnvironmentPostProcessor {

    /** The system property that selects PostgreSQL for a test run. */
    public static final String SELECTOR = "tandem.test.database";
    public static final String URL = "TANDEM_TEST_POSTGRES_URL";
    /** A property naming the schema a context uses, so that two contexts share one store. */
    public static final String SHARED_SCHEMA = "tandem.test.shared-schema";

    /** Whether this test JVM runs on PostgreSQL. */
    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty(SELECTOR));
    }

    /** The configured PostgreSQL server's JDBC URL, if any (without a schema). */
    public static String postgresUrl() {
        return System.getenv(URL);
    }

    /**
     * The engine a benchmark's context stores in ({@code H2} or {@code PostgreSQL}): benchmarks run on PostgreSQL
     * with {@code JAVA_TOOL_OPTIONS=-Dtandem.test.database=postgresql} and {@code TANDEM_TEST_POSTGRES_URL} set.
     */
    public static String engine(org.springframework.context.ApplicationContext context) {
        try (Connection connection = context.getBean(javax.sql.DataSource.class).getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!postgresql()) {
            return;
        }
        String url = postgresUrl();
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("-D" + SELECTOR + "=postgresql needs " + URL
                    + " (a JDBC URL such as jdbc:postgresql://127.0.0.1:55432/tandem)");
        }
        String user = System.getenv().getOrDefault("TANDEM_TEST_POSTGRES_USER", "tandem");
        String password = System.getenv().getOrDefault("TANDEM_TEST_POSTGRES_PASSWORD", "");
        // Two contexts that name one schema (SHARED_SCHEMA) are two instances on one store; others get their own.
        String shared = environment.getProperty(SHARED_SCHEMA);
        String schema = shared != null ? shared
                : "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("create schema if not exists " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema on " + url + ": " + e.getMessage(), e);
        }
        String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        environment.getPropertySources().addFirst(new MapPropertySource("tandem-test-postgresql", Map.of(
                "spring.datasource.url", withSchema,
                "spring.datasource.username", user,
                "spring.datasource.password", password,
                "spring.flyway.default-schema", schema,
                // the test run caches many contexts, each with a pool and an event listener: hold few connections idle
                "spring.datasource.hikari.minimum-idle", "1",
                "spring.datasource.hikari.idle-timeout", "10000")));
    }
}
