package org.tandem.security;

import java.security.SecureRandom;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users feature's API. Managing users is for administrators; the rules that keep the workbench usable (an
 * enabled administrator always remains, nobody locks themselves out) are checked here, not in the view.
 */
@Service
public class UserService implements UserDetailsService {

    public static final int MIN_PASSWORD = 10;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,99}");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository repository;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;

    UserService(UserRepository repository, PasswordEncoder encoder, SignInThrottle throttle) {
        this.repository = repository;
        this.encoder = encoder;
        this.throttle = throttle;
    }

    /** Names and addresses whose sign-in is paused after repeated wrong passwords, longest lock first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<SignInThrottle.Lock> signInLocks() {
        return throttle.locks();
    }

    /** Lifts a sign-in lock at once (the user called and proved who they are). */
    @PreAuthorize("hasRole('ADMIN')")
    public void liftSignInLock(SignInThrottle.Lock lock) {
        throttle.unlock(lock.who(), lock.address());
    }

    /** Refused input: a taken or malformed name, a short password, or a change that would lock everyone out. */
    public static class InvalidUserException extends RuntimeException {
        public InvalidUserException(String message) {
            super(message);
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserRepository.Stored stored = repository.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
        return User.withUsername(stored.user().username()).password(stored.passwordHash())
                .authorities(stored.user().role().authorities()).disabled(!stored.user().enabled()).build();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AppUser> users() {
        return repository.findAll();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser create(String username, Role role, String password) {
        String name = username == null ? "" : username.trim();
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidUserException("A user name has 2 to 100 letters, digits or . _ @ - and starts with a "
                    + "letter or digit.");
        }
        if (repository.find(name).isPresent()) {
            throw new InvalidUserException("There is already a user " + name + ".");
        }
        if (role == null) {
            throw new InvalidUserException("Choose a role.");
        }
        repository.insert(name, encoder.encode(checked(password)), role);
        return repository.find(name).orElseThrow().user();
    }

    /** Creates the user with a random password and returns that password, to be handed over once. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String createWithRandomPassword(String username, Role role) {
        String password = randomPassword();
        create(username, role, password);
        return password;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeRole(long userId, Role role) {
        AppUser user = user(userId);
        if (user.role() == Role.ADMIN && role != Role.ADMIN) {
            keepAnAdmin(user, "take the administrator role from");
        }
        repository.updateRole(userId, role);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        AppUser user = user(userId);
        if (!enabled && user.role() == Role.ADMIN) {
            keepAnAdmin(user, "disable");
        }
        repository.updateEnabled(userId, enabled);
    }

    /** Gives the user a new random password and returns it, to be handed over once. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String resetPassword(long userId) {
        user(userId);
        String password = randomPassword();
        repository.updatePassword(userId, encoder.encode(password));
        return password;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long userId) {
        AppUser user = user(userId);
        if (user.role() == Role.ADMIN) {
            keepAnAdmin(user, "delete");
        }
        repository.delete(userId);
    }

    /** Any signed-in user changes their own password, proving the current one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String current, String replacement) {
        UserRepository.Stored me = repository.find(CurrentUser.name())
                .orElseThrow(() -> new InvalidUserException("Only stored users have a password to change."));
        if (current == null || !encoder.matches(current, me.passwordHash())) {
            throw new InvalidUserException("The current password is not right.");
        }
        repository.updatePassword(me.user().id(), encoder.encode(checked(replacement)));
    }

    /**
     * First start: creates the user when missing, else sets its password when one is given and differs (so that an
     * operator who lost a password can set it again through the environment). Returns whether anything changed.
     */
    @Transactional
    boolean ensure(String username, Role role, String password) {
        var stored = repository.find(username);
        if (stored.isEmpty()) {
            repository.insert(username, encoder.encode(password), role);
            return true;
        }
        if (!encoder.matches(password, stored.get().passwordHash())) {
            repository.updatePassword(stored.get().user().id(), encoder.encode(password));
            return true;
        }
        return false;
    }

    boolean noUsers() {
        return repository.isEmpty();
    }

    static String randomPassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private AppUser user(long userId) {
        return repository.find(userId).orElseThrow(() -> new InvalidUserException("No user " + userId + "."));
    }

    private void keepAnAdmin(AppUser user, String what) {
        if (user.enabled() && repository.countEnabledAdmins() <= 1) {
            throw new InvalidUserException("Cannot " + what + " " + user.username()
                    + ": Tandem needs at least one enabled administrator.");
        }
    }

    private static String checked(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidUserException("A password has at least " + MIN_PASSWORD + " characters.");
        }
        return password;
    }
}
