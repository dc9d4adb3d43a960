package io.arrowhead.ui.internal.properties;

/** The Mappings tab: a list of volume-to-SDC mappings that takes the room the sheet has. */
public abstract class AbstractMappingsSection extends AbstractTableSection {

    @Override
    protected final String widgetId() {
        return "properties.mappings";
    }

    @Override
    protected int tableHeightHint() {
        return 160;
    }

    @Override
    public boolean shouldUseExtraSpace() {
        return true;
    }
}
