package org.tandem.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Users in H2. */
@Repository
class UserRepository {

    record Stored(AppUser user, String passwordHash) {
    }

    private final JdbcTemplate jdbc;

    UserRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<AppUser> findAll() {
        return jdbc.query("select * from app_user order by username", (rs, i) -> user(rs));
    }

    Optional<Stored> find(String username) {
        return jdbc.query("select * from app_user where lower(username) = lower(?)",
                (rs, i) -> new Stored(user(rs), rs.getString("password_hash")), username).stream().findFirst();
    }

    Optional<AppUser> find(long id) {
        return jdbc.query("select * from app_user where id = ?", (rs, i) -> user(rs), id).stream().findFirst();
    }

    boolean isEmpty() {
        Integer n = jdbc.queryForObject("select count(*) from app_user", Integer.class);
        return n == null || n == 0;
    }

    long countEnabledAdmins() {
        Long n = jdbc.queryForObject("select count(*) from app_user where role = 'ADMIN' and enabled", Long.class);
        return n == null ? 0 : n;
    }

    void insert(String username, String passwordHash, Role role) {
        jdbc.update("insert into app_user (username, password_hash, role, enabled, created_at) values (?, ?, ?, true, ?)",
                username, passwordHash, role.name(), Timestamp.from(Instant.now()));
    }

    void updateRole(long id, Role role) {
        jdbc.update("update app_user set role = ? where id = ?", role.name(), id);
    }

    void updateEnabled(long id, boolean enabled) {
        jdbc.update("update app_user set enabled = ? where id = ?", enabled, id);
    }

    void updatePassword(long id, String passwordHash) {
        jdbc.update("update app_user set password_hash = ? where id = ?", passwordHash, id);
    }

    void delete(long id) {
        jdbc.update("delete from app_user where id = ?", id);
    }

    private static AppUser user(ResultSet rs) throws SQLException {
        return new AppUser(rs.getLong("id"), rs.getString("username"), Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant());
    }
}
