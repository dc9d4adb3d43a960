package io.arrowhead.ui.internal.navigator;

import org.eclipse.ui.navigator.CommonNavigator;

/**
 * The console's Common Navigator. An RCP workbench page has no workspace input, so the navigator supplies its own
 * root instead of {@link CommonNavigator}'s default page input.
 */
public final class ConsoleNavigator extends CommonNavigator {

    @Override
    protected Object getInitialInput() {
        return NavigatorRoot.INSTANCE;
    }
}
