package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** Every externalised string of the UI bundle resolves: the NLS Messages classes and plugin.xml's %keys. */
class MessagesTest {

    private static final Bundle UI = Platform.getBundle("io.arrowhead.ui");

    @Test
    void everyMessagesFieldHasItsTextAndEveryKeyItsField() throws Exception {
        List<URL> classFiles = Collections.list(UI.findEntries("/", "Messages.class", true));
        assertFalse(classFiles.isEmpty(), "the UI bundle has Messages classes");
        for (URL classFile : classFiles) {
            String path = classFile.getPath();
            String className = path.substring(path.indexOf("io/arrowhead/"), path.length() - ".class".length())
                .replace('/', '.');
            Class<?> messages = UI.loadClass(className);
            Set<String> fields = new TreeSet<>();
            for (Field field : messages.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    field.setAccessible(true);
                    String text = (String) field.get(null);
                    assertNotNull(text, className + "." + field.getName() + " has no text");
                    assertFalse(text.startsWith("NLS missing message"),
                        className + "." + field.getName() + ": " + text);
                    fields.add(field.getName());
                }
            }
            String properties = className.substring(0, className.lastIndexOf('.')).replace('.', '/')
                + "/messages.properties";
            assertEquals(fields, load(properties).stringPropertyNames().stream().collect(TreeSet::new, Set::add,
                Set::addAll), "the fields of " + className + " and the keys of " + properties);
        }
    }

    @Test
    void everyPercentKeyOfPluginXmlIsInPluginProperties() throws IOException {
        Properties labels = load("plugin.properties");
        String pluginXml;
        try (InputStream in = UI.getEntry("plugin.xml").openStream()) {
            pluginXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> missing = new ArrayList<>();
        Matcher key = Pattern.compile("=\"%([^\"]+)\"").matcher(pluginXml);
        int keys = 0;
        while (key.find()) {
            keys++;
            if (labels.getProperty(key.group(1)) == null) {
                missing.add(key.group(1));
            }
        }
        assertFalse(keys == 0, "plugin.xml names its labels by %key");
        assertEquals(List.of(), missing, "keys of plugin.xml missing from plugin.properties");
    }

    private static Properties load(String path) throws IOException {
        URL entry = UI.getEntry(path);
        assertNotNull(entry, path + " is in the bundle");
        Properties properties = new Properties();
        try (InputStream in = entry.openStream()) {
            properties.load(in);
        }
        return properties;
    }
}
