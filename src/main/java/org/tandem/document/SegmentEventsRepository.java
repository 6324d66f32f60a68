package org.tandem.document;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Segment events between Tandem instances that share a PostgreSQL database: each stored change goes out with
 * {@code NOTIFY} on a channel of the schema, and one listening connection per instance (outside the pool) hands the
 * other instances' changes to this instance's subscribers. After a lost connection (a database restart) it connects
 * again, with a growing pause, and delivery resumes. H2 is one process: there the in-process path is all, and this
 * does nothing.
 */
@Repository
class SegmentEventsRepository implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentEventsRepository.class);
    /** The application name of the listening connections, as PostgreSQL's {@code pg_stat_activity} shows them. */
    static final String LISTENER_NAME = "tandem-events";
    private static final int POLL_MILLIS = 500;
    private static final long MAX_PAUSE_MILLIS = 10_000;
    /** PostgreSQL's longest identifier, a channel name included. */
    private static final int MAX_IDENTIFIER = 63;

    private final JdbcClient jdbc;
    private final DataSourceProperties properties;
    private final boolean postgresql;
    private final String channel;
    private final String instance = UUID.randomUUID().toString();
    private volatile boolean running = true;
    private volatile Thread listener;

    SegmentEventsRepository(JdbcClient jdbc, DataSource dataSource, DataSourceProperties properties)
            throws SQLException {
        this.jdbc = jdbc;
        this.properties = properties;
        try (Connection connection = dataSource.getConnection()) {
            this.postgresql = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            String schema = postgresql ? connection.getSchema() : "";
            String name = ("tandem_" + schema).toLowerCase(Locale.ROOT);
            this.channel = name.length() <= MAX_IDENTIFIER ? name : name.substring(0, MAX_IDENTIFIER);
        }
    }

    /** Sends a stored change to the other instances (PostgreSQL; delivered when the caller's transaction commits). */
    void send(SegmentSaved event) {
        if (!postgresql) {
            return;
        }
        String payload = String.join("|", instance, Long.toString(event.documentId()), Long.toString(event.segmentId()),
                Integer.toString(event.index()), Integer.toString(event.version()), Boolean.toString(event.comments()),
                event.who() == null ? "" : event.who());
        jdbc.sql("select pg_notify(:channel, :payload)").param("channel", channel).param("payload", payload)
                .query(String.class).optional();
    }

    /** Starts handing the other instances' changes to {@code deliver} (PostgreSQL; once). */
    synchronized void listen(Consumer<SegmentSaved> deliver) {
        if (!postgresql || listener != null) {
            return;
        }
        listener = new Thread(() -> listenWhileRunning(deliver), "segment-events-listener");
        listener.setDaemon(true);
        listener.start();
    }

    private void listenWhileRunning(Consumer<SegmentSaved> deliver) {
        long pause = 250;
        while (running) {
            Properties info = new Properties();
            if (properties.determineUsername() != null) {
                info.setProperty("user", properties.determineUsername());
            }
            if (properties.determinePassword() != null) {
                info.setProperty("password", properties.determinePassword());
            }
            info.setProperty("ApplicationName", LISTENER_NAME);
            try (Connection connection = DriverManager.getConnection(properties.determineUrl(), info)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN \"" + channel + "\"");
                }
                LOG.debug("Listening for other instances' changes on {}", channel);
                pause = 250;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        SegmentSaved event = received(notification.getParameter());
                        if (event != null) {
                            deliver.accept(event);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Other instances' changes not received for now ({}); connecting again in {} ms",
                        e.getMessage(), pause);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause = Math.min(MAX_PAUSE_MILLIS, pause * 2);
            }
        }
    }

    /** The event of another instance's payload, or null for this instance's own (delivered in-process already). */
    private SegmentSaved received(String payload) {
        String[] f = payload.split("\\|", 7);
        if (f.length < 7 || instance.equals(f[0])) {
            return null;
        }
        return new SegmentSaved(Long.parseLong(f[1]), Long.parseLong(f[2]), Integer.parseInt(f[3]),
                Integer.parseInt(f[4]), f[6].isEmpty() ? null : f[6], Boolean.parseBoolean(f[5]));
    }

    @Override
    public void destroy() {
        running = false;
        Thread t = listener;
        if (t != null) {
            t.interrupt();
        }
    }
}
