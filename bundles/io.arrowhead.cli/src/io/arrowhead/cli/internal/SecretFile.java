package io.arrowhead.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A secret that scripts give in a file rather than as an option value, which other users could read with ps. */
public final class SecretFile {

    private SecretFile() {
    }

    /**
     * The first line of the file, as characters for the caller to wipe.
     *
     * @param what names the secret in messages, such as "password" or "master password"
     * @throws CliException a usage error saying why the file gives no secret
     */
    public static char[] firstLine(Path file, String what) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line == null || line.isEmpty()) {
                throw CliException.usage("The " + what + " file " + file + " is empty; put the " + what
                    + " on its first line.");
            }
            return line.toCharArray();
        } catch (NoSuchFileException e) {
            throw CliException.usage("The " + what + " file " + file + " cannot be read: it does not exist.");
        } catch (AccessDeniedException e) {
            throw CliException.usage("The " + what + " file " + file + " cannot be read: you may not read it.");
        } catch (IOException e) {
            throw CliException.usage("The " + what + " file " + file + " cannot be read (" + e.getMessage() + ").");
        }
    }
}
