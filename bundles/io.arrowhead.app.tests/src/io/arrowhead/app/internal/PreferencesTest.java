package io.arrowhead.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/**
 * Every preference page of the product finds the category it asks for, so the workbench logs no "Invalid preference
 * category path" when Preferences opens. Security (org.eclipse.equinox.security.ui) asks for General, which only the
 * IDE declares otherwise. Tycho's UI harness brings the IDE into the test runtime, which the product does not ship,
 * so its pages are left out here; opening the dialog in this runtime would find their General.
 */
class PreferencesTest {

    private static final Set<String> HARNESS_ONLY = Set.of("org.eclipse.ui.ide", "org.eclipse.ui.ide.application",
        "org.eclipse.ui.editors", "org.eclipse.compare", "org.eclipse.team.ui");

    @Test
    void everyCategoryOfAShippedPageIsAPageTheProductShips() {
        List<IConfigurationElement> pages = new ArrayList<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry()
            .getConfigurationElementsFor("org.eclipse.ui.preferencePages")) {
            if ("page".equals(element.getName()) && !HARNESS_ONLY.contains(element.getContributor().getName())) {
                pages.add(element);
            }
        }
        Set<String> ids = new HashSet<>();
        pages.forEach(page -> ids.add(page.getAttribute("id")));
        assertTrue(ids.contains("org.eclipse.equinox.security.ui.category"), "the Security page is shipped: " + ids);

        List<String> invalid = new ArrayList<>();
        for (IConfigurationElement page : pages) {
            String category = page.getAttribute("category");
            if (category != null && !ids.containsAll(List.of(category.split("/")))) {
                invalid.add(page.getAttribute("id") + " in " + category);
            }
        }
        assertEquals(List.of(), invalid, "pages whose category no shipped page declares");
    }
}
