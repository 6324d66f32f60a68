package org.tandem.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** API tokens in the database, found by the hash of their secret. */
@Repository
class ApiTokenRepository {

    /** The owner of a token, as the API signs them in. */
    record Owner(long tokenId, String username, Role role, boolean enabled) {
    }

    private final JdbcTemplate jdbc;

    ApiTokenRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String username, String name, String hash, String prefix) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into api_token (user_id, name, token_hash, prefix, "
                    + "created_at) select id, ?, ?, ?, ? from app_user where lower(username) = lower(?)",
                    new String[] {"id"});
            statement.setString(1, name);
            statement.setString(2, hash);
            statement.setString(3, prefix);
            statement.setTimestamp(4, Timestamp.from(Instant.now()));
            statement.setString(5, username);
            return statement;
        }, key);
        if (key.getKey() == null) {
            throw new IllegalArgumentException("No stored user " + username + " to own a token.");
        }
        return key.getKey().longValue();
    }

    List<ApiToken> forUser(String username) {
        return jdbc.query("select t.* from api_token t join app_user u on u.id = t.user_id "
                + "where lower(u.username) = lower(?) order by t.created_at, t.id", (rs, i) -> token(rs), username);
    }

    Optional<Owner> owner(String hash) {
        return jdbc.query("select t.id, u.username, u.role, u.enabled from api_token t join app_user u "
                        + "on u.id = t.user_id where t.token_hash = ?",
                (rs, i) -> new Owner(rs.getLong("id"), rs.getString("username"), Role.valueOf(rs.getString("role")),
                        rs.getBoolean("enabled")), hash).stream().findFirst();
    }

    boolean delete(String username, long id) {
        return jdbc.update("delete from api_token where id = ? and user_id = (select id from app_user "
                + "where lower(username) = lower(?))", id, username) > 0;
    }

    void touch(long id, Instant when) {
        jdbc.update("update api_token set last_used_at = ? where id = ?", Timestamp.from(when), id);
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        Timestamp used = rs.getTimestamp("last_used_at");
        return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
                rs.getTimestamp("created_at").toInstant(), used == null ? null : used.toInstant());
    }
}
