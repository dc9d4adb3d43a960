package io.arrowhead.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/**
 * A workbench can open with a view's icons or a service missing and only say so in the log (an SPI Fly weaving
 * failure once hid every SVG icon and a whole tab row). The start must leave no error there.
 */
class WorkbenchLogTest {

    private static final Pattern ENTRY = Pattern.compile("^!ENTRY (\\S+) (\\d+) .*$", Pattern.MULTILINE);

    @Test
    void theWorkbenchStartedWithoutLoggingErrors() throws IOException {
        Path log = Path.of(Platform.getLogFileLocation().toOSString());
        String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        List<String> errors = new ArrayList<>();
        Matcher entry = ENTRY.matcher(text);
        while (entry.find()) {
            if (Integer.parseInt(entry.group(2)) == IStatus.ERROR) {
                int end = text.indexOf("\n!ENTRY", entry.end());
                errors.add(text.substring(entry.start(), end < 0 ? text.length() : end).strip());
            }
        }
        assertEquals(List.of(), errors, "errors in " + log);
    }
}
