package io.arrowhead.scaleio.simulator.internal.auth;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads gateway users from a file, so that their passwords need not appear on a command line, where any user of
 * the machine can read them ({@code ps}). One {@code NAME:PASSWORD} a line, split at the first colon, so a
 * password may hold colons; blank lines and lines starting with {@code #} are skipped. Like ssh with a private
 * key, a file that others may read is refused. Messages name the file and line, never a password.
 */
public final class UsersFile {

    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private UsersFile() {
    }

    /** The users in the file, by name, in file order; any problem is an IOException with a complete message. */
    public static Map<String, String> read(Path file) throws IOException {
        refuseIfOthersMayRead(file);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IOException("The users file " + file + " is not UTF-8 text.", e);
        } catch (IOException e) {
            throw new IOException("Cannot read the users file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> users = new LinkedHashMap<>();
        Map<String, Integer> definedOn = new LinkedHashMap<>();
        for (int index = 0; index < lines.size(); index++) {
            int lineNumber = index + 1;
            String line = lines.get(index);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String name = colon < 0 ? "" : line.substring(0, colon).strip();
            if (colon < 0 || name.isEmpty() || colon == line.length() - 1) {
                throw new IOException("Line " + lineNumber + " of the users file " + file
                        + " is not NAME:PASSWORD (a name, a colon, then a password that is not empty).");
            }
            Integer earlier = definedOn.putIfAbsent(name, lineNumber);
            if (earlier != null) {
                throw new IOException("Line " + lineNumber + " of the users file " + file + " names the user "
                        + name + " again, who is already on line " + earlier + ".");
            }
            users.put(name, line.substring(colon + 1));
        }
        if (users.isEmpty()) {
            throw new IOException("The users file " + file + " names no user; write one NAME:PASSWORD a line.");
        }
        return users;
    }

    private static void refuseIfOthersMayRead(Path file) throws IOException {
        Set<PosixFilePermission> permissions;
        try {
            if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return; // Windows: access is by ACL, which the user's profile directory already restricts
            }
            permissions = Files.getPosixFilePermissions(file);
        } catch (NoSuchFileException e) {
            throw new IOException("The users file " + file + " does not exist.", e);
        }
        if (permissions.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
            throw new IOException("The users file " + file + " holds passwords but other users of this machine may"
                    + " read or change it. Make it private with: chmod 600 '" + file + "'");
        }
    }
}
